-- wrk script: POST the benchmark page to /v1/extract, as a crawler beside the service would.
local path = os.getenv("PITH_BENCH_PAGE")
local f = assert(io.open(path, "rb"), "cannot read " .. tostring(path))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/html; charset=utf-8"
