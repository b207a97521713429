package io.slotwise.spring.data;

import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.KeyScanOptions;
import org.springframework.data.redis.core.ScanCursor;
import org.springframework.data.redis.core.ScanIteration;
import org.springframework.data.redis.core.ScanOptions;

/**
 * Spring Data {@link Cursor}s over {@code SCAN} (Slotwise's cluster-wide scan, whose cursor carries
 * the node) and over {@code HSCAN}/{@code SSCAN}/{@code ZSCAN} of one key. Each page is fetched on
 * demand on the caller's thread. Returned open; the caller closes them.
 */
final class ScanCursors {
  private ScanCursors() {}

  /** One page: the next cursor and its items. */
  record Page<T>(String cursor, List<T> items) {}

  static <T> Cursor<T> open(ScanOptions options, Function<String, Page<T>> fetch) {
    return new ScanCursor<T>(options == null ? ScanOptions.NONE : options) {
      @Override
      protected ScanIteration<T> doScan(CursorId cursorId, ScanOptions ignored) {
        Page<T> page = fetch.apply(cursorId.getCursorId());
        return new ScanIteration<>(CursorId.of(page.cursor()), page.items());
      }
    }.open();
  }

  static ScanArgs args(ScanOptions options) {
    ScanArgs args = ScanArgs.create();
    if (options == null) {
      return args;
    }
    if (options.getBytePattern() != null) {
      args.match(options.getBytePattern());
    }
    if (options.getCount() != null) {
      args.count(options.getCount());
    }
    if (options instanceof KeyScanOptions keyOptions && keyOptions.getType() != null) {
      args.type(keyOptions.getType());
    }
    return args;
  }

  /** {@code MATCH}/{@code COUNT} appended to a {@code HSCAN}-style command. */
  static Cmd options(Cmd cmd, ScanOptions options) {
    if (options != null && options.getBytePattern() != null) {
      cmd.word("MATCH").add(options.getBytePattern());
    }
    if (options != null && options.getCount() != null) {
      cmd.word("COUNT").add(options.getCount());
    }
    return cmd;
  }

  static <T> Page<T> page(ScanResult<T> result) {
    return new Page<>(result.cursor(), result.keys());
  }
}
