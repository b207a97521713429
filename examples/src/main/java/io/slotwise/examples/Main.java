package io.slotwise.examples;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one of the examples: {@code java -jar examples/target/slotwise-examples.jar [name] [args]};
 * without a name, the live resharding demo. Each example starts the local servers it needs (a real
 * {@code redis-server}, from the PATH or the binary shipped in the embedded-redis jar; ZooKeeper
 * in-process) unless it is given addresses, and stops them when it ends.
 */
public final class Main {
  private Main() {}

  interface Example {
    void run(String[] args) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Map<String, Example> examples = new LinkedHashMap<>();
    examples.put("resharding", ReshardingDemo::run);
    examples.put("cluster", ClusterQuickstart::run);
    examples.put("standalone", StandaloneQuickstart::run);
    examples.put("pipeline", PipelineExample::run);
    examples.put("codis", CodisExample::run);
    examples.put("spring", SpringBootExample::run);
    String name = args.length > 0 ? args[0] : "resharding";
    Example example = examples.get(name);
    if (example == null) {
      System.err.println("unknown example '" + name + "'; choose one of " + examples.keySet());
      System.exit(2);
    }
    example.run(args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0]);
    // Curator, ZooKeeper and Netty may leave non-daemon threads behind; the demo is over.
    System.exit(0);
  }
}
