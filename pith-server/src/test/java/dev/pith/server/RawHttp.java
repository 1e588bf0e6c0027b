package dev.pith.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests written byte for byte, for what a well-behaved client library refuses to send. */
final class RawHttp {
  private RawHttp() {}

  /** Sends {@code requestLine} with a Host header and no body; returns the answer's status code. */
  static int status(PithServer server, String requestLine) {
    try (Socket socket = new Socket(server.address().getAddress(), server.port())) {
      socket.setSoTimeout(30_000); // a hang guard
      OutputStream out = socket.getOutputStream();
      out.write((requestLine + "\r\nHost: test\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      // "HTTP/1.1 400 Bad Request"
      return Integer.parseInt(answer.substring(9, 12));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
