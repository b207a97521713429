package io.slotwise.internal.command;

import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.SetArgs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The argument words of the public option types, read from their getters: what {@link SetArgs} adds
 * after {@code SET key value} and what {@link ScanArgs} adds after {@code SCAN cursor}. Stateless
 * and thread-safe.
 */
final class OptionWords {
  private OptionWords() {}

  /** The words after {@code SET key value}, e.g. {@code [PX, 30000, NX]}; empty without options. */
  static List<byte[]> of(SetArgs args) {
    String expiry = args.expiry();
    String condition = args.condition();
    if (expiry == null && condition == null) {
      return List.of();
    }
    List<byte[]> words = new ArrayList<>(3);
    if (expiry != null) {
      words.add(ascii(expiry));
      if (!expiry.equals("KEEPTTL")) {
        words.add(ascii(Long.toString(args.expiryTime())));
      }
    }
    if (condition != null) {
      words.add(ascii(condition));
    }
    return words;
  }

  /** The words after {@code SCAN cursor}, e.g. {@code [MATCH, a*, COUNT, 10]}. */
  static List<byte[]> of(ScanArgs args) {
    List<byte[]> words = new ArrayList<>(6);
    byte[] match = args.match();
    if (match != null) {
      words.add(ascii("MATCH"));
      words.add(match);
    }
    if (args.count() > 0) {
      words.add(ascii("COUNT"));
      words.add(ascii(Long.toString(args.count())));
    }
    if (args.type() != null) {
      words.add(ascii("TYPE"));
      words.add(args.type().getBytes(StandardCharsets.UTF_8));
    }
    return words;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
