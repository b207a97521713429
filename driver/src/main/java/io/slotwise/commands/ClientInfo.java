package io.slotwise.commands;

import java.util.Map;

/**
 * One client connection as {@code CLIENT LIST} or {@code CLIENT INFO} describe it: every {@code
 * field=value} of its line. Immutable and thread-safe.
 *
 * @param fields every field as the server sent it, in order (e.g. {@code id}, {@code addr}, {@code
 *     laddr}, {@code name}, {@code db}, {@code flags}, {@code cmd}, {@code user})
 */
public record ClientInfo(Map<String, String> fields) {

  /** Freezes the fields. */
  public ClientInfo {
    if (fields == null) {
      throw new IllegalArgumentException("fields must not be null");
    }
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }

  /** The connection id ({@code id}), as {@code CLIENT KILL ID} takes it; -1 if absent. */
  public long id() {
    String id = fields.get("id");
    try {
      return id == null ? -1 : Long.parseLong(id);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The client's address {@code ip:port} ({@code addr}), or {@code null}. */
  public String address() {
    return fields.get("addr");
  }

  /** The connection name ({@code name}), empty when it has none. */
  public String name() {
    return fields.getOrDefault("name", "");
  }

  /** The last command run ({@code cmd}), or {@code null}. */
  public String lastCommand() {
    return fields.get("cmd");
  }

  /** The field named {@code name}, or {@code null}. */
  public String field(String name) {
    return fields.get(name);
  }
}
