package io.slotwise.spring.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Builds a command's argument vector: words, keys, numbers. Not thread-safe; one per command.
 * Refuses {@code null} arguments with an {@link InvalidDataAccessApiUsageException} naming them.
 */
final class Cmd {
  private final List<byte[]> args = new ArrayList<>();

  private Cmd() {}

  static Cmd of(String name) {
    return new Cmd().word(name);
  }

  static byte[][] args(String name, byte[]... rest) {
    return of(name).add(rest).build();
  }

  Cmd word(String word) {
    args.add(word.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  Cmd add(byte[] arg) {
    if (arg == null) {
      throw new InvalidDataAccessApiUsageException(
          "argument "
              + args.size()
              + " of "
              + new String(args.get(0), StandardCharsets.UTF_8)
              + " must not be null");
    }
    args.add(arg);
    return this;
  }

  Cmd add(byte[]... more) {
    if (more == null) {
      throw new InvalidDataAccessApiUsageException(
          "the arguments of "
              + new String(args.get(0), StandardCharsets.UTF_8)
              + " must not be null");
    }
    for (byte[] a : more) {
      add(a);
    }
    return this;
  }

  Cmd addAll(Collection<byte[]> more) {
    for (byte[] a : more) {
      add(a);
    }
    return this;
  }

  Cmd add(long n) {
    return word(Long.toString(n));
  }

  Cmd add(double d) {
    return word(Replies.formatDouble(d));
  }

  Cmd pairs(Map<byte[], byte[]> map) {
    if (map == null || map.isEmpty()) {
      throw new InvalidDataAccessApiUsageException(
          new String(args.get(0), StandardCharsets.UTF_8) + " needs at least one field");
    }
    map.forEach((k, v) -> add(k).add(v));
    return this;
  }

  Cmd wordIf(boolean condition, String word) {
    return condition ? word(word) : this;
  }

  byte[][] build() {
    return args.toArray(new byte[0][]);
  }
}
