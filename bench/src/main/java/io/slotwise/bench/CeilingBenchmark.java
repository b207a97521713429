package io.slotwise.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The C ceiling: {@code redis-benchmark -P 100 -d 100 -t set,get} against the one master that owns
 * redis-benchmark's fixed key {@code key:__rand_int__} (so no reply is a MOVED), with its default
 * 50 connections; and the same with one connection ({@code -c 1}), the C client in the shape of the
 * pipeline-100 workload (one caller, a batch of 100 at a time). Stateless.
 */
final class CeilingBenchmark {
  static final String KEY = "key:__rand_int__";
  private static final Pattern RPS =
      Pattern.compile("(SET|GET): ([0-9]+(?:\\.[0-9]+)?) requests per second");

  /** SET and GET requests per second over {@code connections} connections (0: the default 50). */
  record Ceiling(String node, int connections, double set, double get) {
    /** The throughput of a 50/50 SET/GET mix at these rates (harmonic mean). */
    double mix() {
      return 2 / (1 / set + 1 / get);
    }
  }

  private CeilingBenchmark() {}

  static boolean available() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "redis-benchmark"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs redis-benchmark once.
   *
   * @param connections {@code -c}, or 0 for redis-benchmark's default (50)
   */
  static Ceiling run(String[] seeds, int requests, int connections)
      throws IOException, InterruptedException {
    String node = ownerOf(seeds[0], KEY);
    int colon = node.lastIndexOf(':');
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "redis-benchmark",
                "-h",
                node.substring(0, colon),
                "-p",
                node.substring(colon + 1),
                "-P",
                "100",
                "-d",
                "100",
                "-t",
                "set,get",
                "-n",
                Integer.toString(requests),
                "-q"));
    if (connections > 0) {
      cmd.addAll(List.of("-c", Integer.toString(connections)));
    }
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    double set = -1;
    double get = -1;
    StringBuilder all = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        all.append(line).append('\n');
        Matcher m = RPS.matcher(line);
        while (m.find()) {
          double v = Double.parseDouble(m.group(2));
          if (m.group(1).equals("SET")) {
            set = v;
          } else {
            get = v;
          }
        }
      }
    }
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("redis-benchmark: still running after 5 minutes");
    }
    if (p.exitValue() != 0 || set < 0 || get < 0) {
      throw new IOException(
          "redis-benchmark: exit " + p.exitValue() + ", unparsable output:\n" + all);
    }
    return new Ceiling(node, connections, set, get);
  }

  /** The master owning {@code key}: asks {@code seed} for it and follows one MOVED. */
  static String ownerOf(String seed, String key) throws IOException {
    int colon = seed.lastIndexOf(':');
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    String request = String.format(Locale.ROOT, "*2\r\n$3\r\nGET\r\n$%d\r\n%s\r\n", k.length, key);
    try (Socket s = new Socket()) {
      s.connect(
          new InetSocketAddress(
              seed.substring(0, colon), Integer.parseInt(seed.substring(colon + 1))),
          5000);
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      String line = readLine(s.getInputStream());
      if (line.startsWith("-MOVED ")) {
        return line.split(" ")[2];
      }
      return seed;
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }
}
