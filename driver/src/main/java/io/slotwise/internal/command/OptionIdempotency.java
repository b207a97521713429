package io.slotwise.internal.command;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a write may be resent after its reply was lost, for the commands whose answer depends on
 * their options; {@link CommandTable} asks here before its per-name flag. The rule everywhere: a
 * resend is safe only when a second run gives the same reply and leaves the same data. Pure and
 * stateless; each rule reads the argument vector (the name at 0) and nothing else — no clock.
 *
 * <ul>
 *   <li>{@code SET}: safe without {@code NX}, {@code XX}, {@code GET}. {@code NX} answers nil the
 *       second time (a lock looks taken by someone else); {@code GET} answers the value just set;
 *       {@code XX} with a short expiry answers nil once the key expired between the two runs.
 *   <li>{@code EXPIRE}, {@code PEXPIRE}: safe with a positive time and no option. {@code NX}/{@code
 *       GT}/{@code LT}/{@code XX} answer 0 on the second run (or depend on the clock), and a time
 *       {@code <= 0} deletes the key (1, then 0).
 *   <li>{@code GETEX}: safe without {@code EXAT}/{@code PXAT}, whose past timestamps delete the key
 *       (the value, then nil).
 *   <li>{@code ZADD}: safe only with {@code XX} and without {@code CH}, {@code INCR}, {@code NX}:
 *       then it never adds, so it answers 0 both times; otherwise the count of added (or changed)
 *       members is 0 the second time, and {@code INCR} adds twice.
 *   <li>{@code RESTORE}: safe with {@code REPLACE}; without it the second run fails with {@code
 *       BUSYKEY}.
 * </ul>
 */
final class OptionIdempotency {
  private static final Map<String, Predicate<byte[][]>> RULES =
      Map.of(
          "SET",
          a -> noneOf(words(a, 3), "NX", "XX", "GET"),
          "EXPIRE",
          OptionIdempotency::positiveTimeAlone,
          "PEXPIRE",
          OptionIdempotency::positiveTimeAlone,
          "GETEX",
          a -> noneOf(words(a, 2), "EXAT", "PXAT"),
          "ZADD",
          OptionIdempotency::zaddNeverAdds,
          "RESTORE",
          a -> words(a, 4).contains("REPLACE"));

  private static final Set<String> ZADD_OPTIONS = Set.of("NX", "XX", "GT", "LT", "CH", "INCR");

  private OptionIdempotency() {}

  /** The rule of {@code name}, or {@code null} when its options do not matter. */
  static Predicate<byte[][]> rule(String name) {
    return RULES.get(name);
  }

  /** The names that have a rule, for the table test. */
  static Set<String> names() {
    return RULES.keySet();
  }

  private static boolean positiveTimeAlone(byte[][] a) {
    if (a.length != 3) {
      return false;
    }
    try {
      return Long.parseLong(new String(a[2], StandardCharsets.US_ASCII)) > 0;
    } catch (NumberFormatException e) {
      return false; // the server refuses it; nothing to lose by not resending
    }
  }

  private static boolean zaddNeverAdds(byte[][] a) {
    Set<String> options = new HashSet<>();
    for (int i = 2; i < a.length; i++) {
      String w = upper(a[i]);
      if (!ZADD_OPTIONS.contains(w)) {
        break; // the first score
      }
      options.add(w);
    }
    return options.contains("XX")
        && !options.contains("NX")
        && !options.contains("CH")
        && !options.contains("INCR");
  }

  private static boolean noneOf(Set<String> words, String... options) {
    for (String o : options) {
      if (words.contains(o)) {
        return false;
      }
    }
    return true;
  }

  /** The upper-cased words of {@code a} from {@code from} on. */
  private static Set<String> words(byte[][] a, int from) {
    Set<String> words = new HashSet<>();
    for (int i = from; i < a.length; i++) {
      words.add(upper(a[i]));
    }
    return words;
  }

  private static String upper(byte[] word) {
    return new String(word, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
  }
}
