package io.slotwise.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs every example of the runnable jar as {@code java -jar slotwise-examples.jar NAME} would
 * (each starts and stops its own servers) and checks what it prints, so that the README's commands
 * keep working.
 */
class ExamplesIT {

  private static String run(Main.Example example) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream tee =
        new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8)) {
      System.setOut(tee);
      example.run(new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void reshardingDemoSeesRedirectsAndNoError() throws Exception {
    String out = run(ReshardingDemo::run);
    assertThat(out).contains("errors = 0").containsPattern("MOVED [1-9]");
  }

  @Test
  void clusterQuickstart() throws Exception {
    assertThat(run(ClusterQuickstart::run)).contains("DEL across slots  -> 10");
  }

  @Test
  void standaloneQuickstart() throws Exception {
    assertThat(run(StandaloneQuickstart::run)).contains("MGET a b missing  -> [1, 2, null]");
  }

  @Test
  void pipelineExample() throws Exception {
    assertThat(run(PipelineExample::run))
        .contains("pipeline syncAll   -> [value-1, 1, [value-2, value-3000, null], value-9999]")
        .contains("its GET futures    -> value-1, value-9999")
        .contains("MGET across slots  -> [value-7, value-4242, null, value-1, value-9999]")
        .contains("DEL across slots   -> 5");
  }

  @Test
  void codisExampleSurvivesAKilledProxy() throws Exception {
    String out = run(CodisExample::run);
    assertThat(out).doesNotContain("errors = 1").contains("proxies up 2, ejected 1");
    assertThat(out.split("errors = 0", -1)).hasSize(3);
  }

  @Test
  void springBootExample() throws Exception {
    assertThat(run(SpringBootExample::run))
        .contains("GET spring:greeting -> hello from a Spring Boot bean")
        .contains("template GET        -> set through StringRedisTemplate")
        .contains("health              -> UP")
        .contains("slots_up=16384");
  }

  /** Writes to the console and to a buffer. */
  private static final class Tee extends java.io.OutputStream {
    private final PrintStream console;
    private final ByteArrayOutputStream buffer;

    Tee(PrintStream console, ByteArrayOutputStream buffer) {
      this.console = console;
      this.buffer = buffer;
    }

    @Override
    public void write(int b) {
      console.write(b);
      buffer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      console.write(b, off, len);
      buffer.write(b, off, len);
    }
  }
}
