package io.slotwise.examples;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one of the examples: {@code java -jar examples/target/slotwise-examples.jar [name] [args]}.
 * Each example starts the local servers it needs (a real {@code redis-server}, from the PATH or the
 * binary shipped in the embedded-redis jar) unless it is given addresses, and stops them when it
 * ends.
 */
public final class Main {
  private Main() {}

  interface Example {
    void run(String[] args) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Map<String, Example> examples = new LinkedHashMap<>();
    examples.put("cluster", ClusterQuickstart::run);
    examples.put("standalone", StandaloneQuickstart::run);
    String name = args.length > 0 ? args[0] : "cluster";
    Example example = examples.get(name);
    if (example == null) {
      System.err.println("unknown example '" + name + "'; choose one of " + examples.keySet());
      System.exit(2);
    }
    example.run(args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0]);
  }
}
