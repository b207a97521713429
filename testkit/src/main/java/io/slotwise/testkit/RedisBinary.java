package io.slotwise.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code redis-server} executable the test kit starts.
 *
 * <p>Lookup order, decided once per JVM:
 *
 * <ol>
 *   <li>the path in the environment variable {@value #ENV_OVERRIDE}, when set (it must be an
 *       executable file, otherwise every test fails loudly);
 *   <li>{@code redis-server} on the {@code PATH} (Debian's package installs Redis 7.0 at {@code
 *       /usr/bin/redis-server});
 *   <li>the Redis 7.0.15 binary (Linux or macOS) shipped inside the {@code
 *       org.signal:embedded-redis} jar on the test class path, extracted to a temporary file
 *       (deleted at JVM exit). Some integration tests need Redis 7 ({@code CLUSTER SHARDS}, {@code
 *       ADDSLOTSRANGE}, key specs, {@code LMPOP}); Debian's package is 7.0 too.
 * </ol>
 *
 * <p>When none of these works, {@link #get()} throws {@link IllegalStateException}: integration
 * tests fail, they are never skipped. Thread-safe; instances are immutable.
 */
public final class RedisBinary {
  /** Environment variable that forces the {@code redis-server} binary to use. */
  public static final String ENV_OVERRIDE = "SLOTWISE_REDIS_SERVER";

  /** Version of the binaries bundled in {@code org.signal:embedded-redis} (the fallback). */
  static final String EMBEDDED_VERSION = "7.0.15";

  private static final Pattern VERSION = Pattern.compile("v=(\\d+)\\.(\\d+)\\.(\\d+)");
  private static final long PROBE_TIMEOUT_SECONDS = 10;

  private static volatile RedisBinary instance;

  private final Path path;
  private final String source;
  private final int[] version;
  private final boolean embedded;
  private volatile Boolean tls;

  private RedisBinary(Path path, String source, boolean embedded) {
    this.path = path;
    this.source = source;
    this.embedded = embedded;
    this.version = parseVersion(run(path, "--version"));
  }

  /**
   * The binary for this JVM, located on first use.
   *
   * @throws IllegalStateException when no usable {@code redis-server} exists
   */
  public static RedisBinary get() {
    RedisBinary b = instance;
    if (b == null) {
      synchronized (RedisBinary.class) {
        b = instance;
        if (b == null) {
          b = locate();
          System.err.println(
              "[slotwise-testkit] using redis-server "
                  + b.versionString()
                  + " at "
                  + b.path
                  + " ("
                  + b.source
                  + ")");
          instance = b;
        }
      }
    }
    return b;
  }

  /** Absolute path of the executable. */
  public Path path() {
    return path;
  }

  /** Version as {@code major.minor.patch}, parsed from {@code redis-server --version}. */
  public String versionString() {
    return version[0] + "." + version[1] + "." + version[2];
  }

  /** Major version, e.g. 7. */
  public int majorVersion() {
    return version[0];
  }

  /** {@code [major, minor, patch]}. */
  public int[] version() {
    return version.clone();
  }

  /** True for the binary extracted from the embedded-redis jar. */
  public boolean isEmbedded() {
    return embedded;
  }

  /** True when the server accepts {@code CLUSTER ADDSLOTSRANGE} (Redis 7 and later). */
  public boolean supportsAddSlotsRange() {
    return version[0] >= 7;
  }

  /**
   * Whether this binary was built with TLS. Probed once by starting it with a TLS port and a
   * certificate file that does not exist: a TLS build refuses to start saying it failed to
   * configure TLS, other builds reject the directive or start without TLS (and are stopped).
   */
  public boolean supportsTls() {
    Boolean t = tls;
    if (t == null) {
      t = version[0] >= 6 && probeTls();
      tls = t;
    }
    return t;
  }

  private boolean probeTls() {
    int port = FreePorts.find(false);
    Path missing = path.getParent().resolve("slotwise-no-such-file.pem");
    String out =
        run(
            path,
            "--port",
            "0",
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--tls-port",
            Integer.toString(port),
            "--tls-cert-file",
            missing.toString(),
            "--tls-key-file",
            missing.toString(),
            "--tls-ca-cert-file",
            missing.toString());
    return out.contains("Failed to configure TLS") || out.contains("Failed to load certificate");
  }

  @Override
  public String toString() {
    return "redis-server " + versionString() + " at " + path + " (" + source + ")";
  }

  private static RedisBinary locate() {
    String forced = System.getenv(ENV_OVERRIDE);
    if (forced != null && !forced.isBlank()) {
      Path p = Path.of(forced.trim());
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(
            ENV_OVERRIDE + "=" + forced + " is not an executable redis-server");
      }
      return new RedisBinary(p.toAbsolutePath(), "forced by " + ENV_OVERRIDE, false);
    }
    Path onPath = findOnPath();
    if (onPath != null) {
      return new RedisBinary(onPath, "found on PATH", false);
    }
    return new RedisBinary(extractEmbedded(), "extracted from embedded-redis jar", true);
  }

  private static Path findOnPath() {
    String pathVar = System.getenv("PATH");
    if (pathVar == null) {
      return null;
    }
    for (String dir : pathVar.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "redis-server");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate.toAbsolutePath();
      }
    }
    return null;
  }

  private static Path extractEmbedded() {
    String resource =
        embeddedResource(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    try (InputStream in = RedisBinary.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "no redis-server on the PATH and resource "
                + resource
                + " not on the class path (is org.signal:embedded-redis a test dependency?);"
                + " install Redis or set "
                + ENV_OVERRIDE);
      }
      Path dir = Files.createTempDirectory("slotwise-redis-bin");
      Path target = dir.resolve("redis-server");
      // deleteOnExit runs in reverse order of registration: the file first, then its directory.
      dir.toFile().deleteOnExit();
      target.toFile().deleteOnExit();
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
      return target;
    } catch (IOException e) {
      throw new IllegalStateException("cannot extract embedded redis-server " + resource, e);
    }
  }

  /**
   * The name of the bundled binary for an OS and architecture (as in the {@code os.name} and {@code
   * os.arch} system properties).
   *
   * @throws IllegalStateException naming the OS or architecture when no binary is bundled for it
   */
  static String embeddedResource(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String platform;
    if (os.contains("linux")) {
      platform = "linux";
    } else if (os.contains("mac") || os.contains("darwin")) {
      platform = "darwin";
    } else {
      throw new IllegalStateException(
          "no redis-server on the PATH and no embedded binary for OS '"
              + osName
              + "'; install Redis 7 or set "
              + ENV_OVERRIDE);
    }
    String arch =
        switch (osArch.toLowerCase(Locale.ROOT)) {
          case "amd64", "x86_64" -> "amd64";
          case "aarch64", "arm64" -> "arm64";
          case "x86", "i386", "i686" -> platform.equals("linux") ? "386" : null;
          default -> null;
        };
    if (arch == null) {
      throw new IllegalStateException(
          "no redis-server on the PATH and no embedded binary for arch '"
              + osArch
              + "' on "
              + osName
              + "; install Redis 7 or set "
              + ENV_OVERRIDE);
    }
    return "redis-server-" + EMBEDDED_VERSION + "-" + platform + "-" + arch;
  }

  static int[] parseVersion(String versionOutput) {
    Matcher m = VERSION.matcher(versionOutput);
    if (!m.find()) {
      throw new IllegalStateException(
          "cannot parse redis-server --version output: '" + versionOutput.strip() + "'");
    }
    return new int[] {
      Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))
    };
  }

  /** Runs the binary with arguments, bounded, and returns stdout+stderr. */
  private static String run(Path binary, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(binary.toString());
    cmd.addAll(List.of(args));
    Process p = null;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getOutputStream().close();
      Process proc = p;
      byte[][] out = new byte[1][];
      Thread reader =
          new Thread(
              () -> {
                try (InputStream in = proc.getInputStream()) {
                  out[0] = in.readAllBytes();
                } catch (IOException e) {
                  out[0] = new byte[0];
                }
              },
              "redis-binary-probe");
      reader.setDaemon(true);
      reader.start();
      if (!p.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
      reader.join(TimeUnit.SECONDS.toMillis(PROBE_TIMEOUT_SECONDS));
      return out[0] == null ? "" : new String(out[0], StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + binary + " " + String.join(" ", args), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + binary, e);
    } finally {
      if (p != null && p.isAlive()) {
        p.destroyForcibly();
      }
    }
  }
}
