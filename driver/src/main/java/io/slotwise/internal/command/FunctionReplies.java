package io.slotwise.internal.command;

import io.slotwise.commands.FunctionLibrary;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed replies of {@code FUNCTION LIST} (RESP2 flat arrays or RESP3 maps) and the per-node answers
 * of {@code SCRIPT EXISTS}. Stateless and thread-safe.
 */
final class FunctionReplies {
  private static final String LIST = "FUNCTION LIST";

  private FunctionReplies() {}

  /**
   * {@code FUNCTION LIST}: libraries with {@code library_name}, {@code engine}, {@code functions}.
   */
  static List<FunctionLibrary> libraries(Reply r) {
    List<FunctionLibrary> out = new ArrayList<>();
    for (Reply lib : ServerReplies.items(r, LIST)) {
      Map<String, Reply> f = ServerReplies.fields(lib, LIST);
      List<FunctionLibrary.FunctionInfo> functions = new ArrayList<>();
      for (Reply fn : ServerReplies.items(ServerReplies.field(f, "functions", LIST), LIST)) {
        Map<String, Reply> ff = ServerReplies.fields(fn, LIST);
        Set<String> flags = new LinkedHashSet<>();
        Reply flagReply = ff.get("flags");
        if (flagReply != null) {
          flags.addAll(Converters.STRING_LIST.apply(flagReply));
        }
        functions.add(
            new FunctionLibrary.FunctionInfo(
                Converters.string(ServerReplies.field(ff, "name", LIST)),
                ff.containsKey("description") ? Converters.string(ff.get("description")) : null,
                flags));
      }
      out.add(
          new FunctionLibrary(
              Converters.string(ServerReplies.field(f, "library_name", LIST)),
              Converters.string(ServerReplies.field(f, "engine", LIST)),
              functions,
              f.containsKey("library_code") ? Converters.string(f.get("library_code")) : null));
    }
    return out;
  }

  /**
   * {@code SCRIPT EXISTS} of every master combined: for each SHA1, {@code true} only when every
   * master answered 1 for it.
   */
  static List<Boolean> existsOnAll(List<Reply> replies, int count) {
    List<Boolean> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(!replies.isEmpty());
    }
    for (Reply r : replies) {
      List<Reply> items = ServerReplies.items(r, "SCRIPT EXISTS");
      if (items.size() != count) {
        throw new io.slotwise.RedisProtocolException(
            "SCRIPT EXISTS answered " + items.size() + " flags for " + count + " SHA1s");
      }
      for (int i = 0; i < count; i++) {
        if (!Converters.bool(items.get(i))) {
          out.set(i, false);
        }
      }
    }
    return out;
  }
}
