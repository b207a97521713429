package io.slotwise.internal.command;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where the keys of {@code XREAD} and {@code XREADGROUP} are: the first half of the arguments after
 * {@code STREAMS}, found by walking the options before it ({@code GROUP g c}, {@code COUNT n},
 * {@code BLOCK ms}, {@code NOACK}) so that a group or consumer named {@code STREAMS} is not taken
 * for the keyword. Stateless.
 */
final class StreamKeys {
  private StreamKeys() {}

  /**
   * The key positions in {@code args} (full vector, name at 0).
   *
   * @throws IllegalArgumentException when there is no {@code STREAMS}, or keys and ids differ in
   *     number
   */
  static int[] indexes(String name, byte[][] args) {
    int i = 1;
    while (i < args.length) {
      String word = new String(args[i], StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
      switch (word) {
        case "GROUP":
          i += 3;
          break;
        case "COUNT":
        case "BLOCK":
          i += 2;
          break;
        case "NOACK":
          i += 1;
          break;
        case "STREAMS":
          return after(name, args, i + 1);
        default:
          throw new IllegalArgumentException(
              name + ": unexpected '" + word + "' before STREAMS at argument " + i);
      }
    }
    throw new IllegalArgumentException(name + " needs STREAMS key... id...");
  }

  private static int[] after(String name, byte[][] args, int first) {
    int rest = args.length - first;
    if (rest == 0 || rest % 2 != 0) {
      throw new IllegalArgumentException(
          name + " needs as many ids as keys after STREAMS, got " + rest + " arguments");
    }
    int[] idx = new int[rest / 2];
    for (int k = 0; k < idx.length; k++) {
      idx[k] = first + k;
    }
    return idx;
  }
}
