package io.slotwise.commands;

import java.util.List;
import java.util.Set;

/**
 * One library of {@code FUNCTION LIST}. Immutable and thread-safe.
 *
 * @param name the library name
 * @param engine the engine, e.g. {@code LUA}
 * @param functions the library's functions, in the server's order
 * @param code the library's source, or {@code null} unless listed {@code WITHCODE}
 */
public record FunctionLibrary(
    String name, String engine, List<FunctionInfo> functions, String code) {

  /** Freezes the function list. */
  public FunctionLibrary {
    functions = List.copyOf(functions);
  }

  /**
   * One function of a library.
   *
   * @param name the function name, as {@code FCALL} calls it
   * @param description its description, or {@code null} when it has none
   * @param flags its flags, e.g. {@code no-writes}, {@code allow-stale}
   */
  public record FunctionInfo(String name, String description, Set<String> flags) {
    /** Freezes the flags. */
    public FunctionInfo {
      flags = Set.copyOf(flags);
    }
  }
}
