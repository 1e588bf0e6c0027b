package dev.pith.cli;

import dev.pith.ExtractorOptions;
import dev.pith.server.FetchOptions;
import dev.pith.server.PithServer;
import dev.pith.server.ServerOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code pith serve}: runs pith as an HTTP service (the API and the inspection page) until it is stopped (Ctrl+C or
 * SIGTERM, which let requests in progress finish). Messages go to standard error; nothing to standard output.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs pith as an HTTP service: POST /v1/extract, GET /v1/extract?url=, POST /v1/repair, /healthz, /metrics,",
      "and an inspection page at / that shows what was kept and why."
    },
    sortOptions = false)
final class ServeCommand implements Callable<Integer> {
  @Option(names = {"-p", "--port"}, paramLabel = "PORT",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "8080")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).",
      defaultValue = ServerOptions.DEFAULT_BIND_ADDRESS)
  String bind;

  @Option(names = "--allow-private-addresses",
      description = "Let GET /v1/extract?url= fetch from loopback, private, link-local and metadata addresses "
          + "(refused by default: any client could otherwise reach this machine's network).")
  boolean allowPrivateAddresses;

  @Option(names = "--max-body", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Largest request body, e.g. 10m, 512k (default: 10m); larger ones get 413.")
  Long maxBody;

  @Option(names = "--max-concurrent", paramLabel = "N",
      description = "Extractions running at once (default: the number of processors).")
  Integer maxConcurrent;

  @Option(names = "--max-queued", paramLabel = "N",
      description = "Requests admitted beyond those running (default: 4 per running slot); more get 429.")
  Integer maxQueued;

  @Option(names = "--queue-timeout", paramLabel = "TIME", converter = DurationConverter.class,
      description = "Longest wait for a running slot, e.g. 10s (default: 10s); then 503.")
  Duration queueTimeout;

  @Option(names = "--time-budget", paramLabel = "TIME", converter = DurationConverter.class,
      description = "Time one extraction may take, e.g. 10s, 500ms (default: 10s); then 422 timeout.")
  Duration timeBudget;

  @Option(names = "--fetch-timeout", paramLabel = "TIME", converter = DurationConverter.class,
      description = "Total time to fetch a page for GET ?url=, redirects included (default: 20s); then 504.")
  Duration fetchTimeout;

  @Option(names = "--max-redirects", paramLabel = "N",
      description = "Redirects followed when fetching (default: 5).")
  Integer maxRedirects;

  @Option(names = "--max-fetch", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Largest page fetched for GET ?url= (default: 10m).")
  Long maxFetch;

  @Option(names = "--request-read-timeout", paramLabel = "TIME", converter = DurationConverter.class,
      description = "Time a client may take to send a whole request, headers and body (default: 30s); the JDK "
          + "server's sun.net.httpserver.maxReqTime, for the whole JVM.")
  Duration requestReadTimeout;

  private final Main main;

  ServeCommand(Main main) {
    this.main = main;
  }

  /** The server options these arguments ask for. */
  ServerOptions options() {
    ServerOptions o = ServerOptions.defaults().withPort(port).withBindAddress(bind);
    if (maxBody != null) {
      o = o.withMaxBodyBytes(maxBody);
    }
    if (maxConcurrent != null) {
      o = o.withMaxConcurrent(maxConcurrent).withMaxQueued(ServerOptions.DEFAULT_QUEUED_PER_SLOT * maxConcurrent);
    }
    if (maxQueued != null) {
      o = o.withMaxQueued(maxQueued);
    }
    if (queueTimeout != null) {
      o = o.withQueueTimeout(queueTimeout);
    }
    ExtractorOptions extractor = o.extractor();
    if (timeBudget != null) {
      extractor = extractor.withLimits(extractor.limits().withTimeBudget(timeBudget));
    }
    FetchOptions fetch = o.fetch().withAllowPrivateAddresses(allowPrivateAddresses);
    if (fetchTimeout != null) {
      fetch = fetch.withTotalTimeout(fetchTimeout);
    }
    if (maxRedirects != null) {
      fetch = fetch.withMaxRedirects(maxRedirects);
    }
    if (maxFetch != null) {
      fetch = fetch.withMaxBytes(maxFetch);
    }
    return o.withExtractor(extractor).withFetch(fetch);
  }

  @Override
  public Integer call() throws InterruptedException {
    ServerOptions options;
    try {
      options = options();
    } catch (IllegalArgumentException e) {
      main.err().println("pith serve: " + e.getMessage());
      return Main.USAGE;
    }
    // The JDK server's guards against slow clients are JVM-wide properties, read when its classes load: set them
    // here, before the first server starts, unless the operator set them (-D...).
    Duration readTimeout = requestReadTimeout == null ? Duration.ofSeconds(30) : requestReadTimeout;
    setIfAbsent("sun.net.httpserver.maxReqTime", Long.toString(Math.max(1, readTimeout.toSeconds())));
    setIfAbsent("sun.net.httpserver.maxRspTime", "60");
    // Without TCP_NODELAY the body, written after the headers, waits for the client's delayed ACK: 40 ms on every
    // answer of a client that waits for one answer before sending the next request (seen in the load benchmark).
    setIfAbsent("sun.net.httpserver.nodelay", "true");
    PithServer server;
    try {
      server = PithServer.start(options, main.err()::println);
    } catch (IOException e) {
      main.err().println("pith serve: cannot listen on " + options.bindAddress() + ":" + options.port() + ": "
          + e.getMessage() + (options.port() != 0 ? " (is another server using the port? try --port 0)" : ""));
      return 1;
    }
    Thread hook = new Thread(() -> {
      main.err().println("pith serve: stopping (requests in progress get "
          + options.shutdownGrace().toSeconds() + "s to finish)");
      server.close();
    }, "pith-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    main.err().println("pith serve: listening on " + server.uri() + " (inspection page; API at /v1/extract, "
        + "/v1/repair; /healthz, /metrics)");
    main.err().println("pith serve: " + options.maxConcurrent() + " extractions at once, " + options.maxQueued()
        + " queued, bodies up to " + options.maxBodyBytes() + " bytes, "
        + (options.fetch().allowPrivateAddresses() ? "fetching from ANY address (--allow-private-addresses)"
            : "fetching from public addresses only"));
    server.join();
    return 0;
  }

  private static void setIfAbsent(String name, String value) {
    if (System.getProperty(name) == null) {
      System.setProperty(name, value);
    }
  }

  /** Sizes as people write them: {@code 1048576}, {@code 512k}, {@code 10m}, {@code 1g} (powers of 1024). */
  static final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*([kmg]?)(i?b)?");

    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "' is not a size: write e.g. 10m, 512k or 1048576");
      }
      long n = Long.parseLong(m.group(1));
      int shift = switch (m.group(2)) {
        case "k" -> 10;
        case "m" -> 20;
        case "g" -> 30;
        default -> 0;
      };
      if (n < 1 || n > (Long.MAX_VALUE >> shift)) {
        throw new TypeConversionException("'" + value + "' must be at least 1 byte and fit in 63 bits");
      }
      return n << shift;
    }
  }

  /** Durations as people write them: {@code 500ms}, {@code 10s}, {@code 2m}, or ISO-8601 ({@code PT10S}). */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)");

    @Override
    public Duration convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      Matcher m = SHORT.matcher(v);
      Duration d;
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        d = switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          default -> Duration.ofMinutes(n);
        };
      } else {
        try {
          d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
        } catch (java.time.format.DateTimeParseException e) {
          throw new TypeConversionException("'" + value + "' is not a duration: write e.g. 500ms, 10s or 2m");
        }
      }
      if (d.isZero() || d.isNegative()) {
        throw new TypeConversionException("'" + value + "' must be longer than zero");
      }
      return d;
    }
  }
}
