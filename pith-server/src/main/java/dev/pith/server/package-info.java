/**
 * pith as an HTTP service: the extraction API ({@code /v1/extract}, {@code /v1/inspect}, {@code /v1/repair}), health
 * and Prometheus metrics, and an inspection page at {@code /} that shows what was kept and why. HTTP request in,
 * {@link dev.pith.capture.Capture} to the one shared {@link dev.pith.Extractor}, JSON or text out.
 *
 * <p>Why the JDK's own {@code com.sun.net.httpserver} and not Jetty: the service is a thin adapter with a handful
 * of endpoints, and the JDK server needs no dependency at all (the module stays pith-core plus nothing, and the CLI's
 * fat jar grows by a few classes, not by Jetty's ten jars). What Jetty does better (HTTP/2, TLS, asynchronous I/O,
 * per-connection idle timeouts) is what a reverse proxy in front of a service does anyway. The limits that matter
 * here are pith's own and are enforced in this package whatever the server: body size, admitted requests, running
 * extractions, queue wait, time budget. The JDK server's own settings are JVM-wide system properties read once:
 * its guards against slow clients ({@code sun.net.httpserver.maxReqTime}, {@code maxRspTime}) and
 * {@code sun.net.httpserver.nodelay} (without it every answer waits 40 ms for the client's delayed ACK); {@code pith
 * serve} sets them when the operator has not, and embedders should too.
 */
@NullMarked
package dev.pith.server;

import org.jspecify.annotations.NullMarked;
