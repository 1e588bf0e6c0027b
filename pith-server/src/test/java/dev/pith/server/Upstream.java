package dev.pith.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A page server a test starts on a loopback address and an ephemeral port, standing for the web: it records every
 * request it receives, so that a test can assert that a refused fetch never reached it.
 */
final class Upstream implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "upstream");
    t.setDaemon(true);
    return t;
  });
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private Upstream(String address) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a test server on " + address, e);
    }
    server.setExecutor(executor);
    server.start();
  }

  /** A server on 127.0.0.1. */
  static Upstream start() {
    return new Upstream("127.0.0.1");
  }

  /** A server on another loopback address (Linux routes all of 127.0.0.0/8 to the loopback interface). */
  static Upstream startOn(String address) {
    return new Upstream(address);
  }

  /** Serves {@code handler} at {@code path}, recording each request as "METHOD path Host". */
  Upstream route(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
          + exchange.getRequestHeaders().getFirst("Host"));
      try {
        handler.handle(exchange);
      } finally {
        exchange.close();
      }
    });
    return this;
  }

  /** Serves fixed bytes with a content type. */
  Upstream page(String path, String contentType, byte[] body) {
    return route(path, exchange -> send(exchange, 200, contentType, body));
  }

  /** Answers a redirect to {@code location}. */
  Upstream redirect(String path, int status, String location) {
    return route(path, exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(status, -1);
    });
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
  String base() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** Requests received so far. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
