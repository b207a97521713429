package io.slotwise.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every live {@link RedisServerProcess}, so that a JVM shutdown hook can kill leftovers (a test
 * that forgot to close, a failed test, an aborted run) and remove their working directories; and
 * the {@link ProcessReaper} kills them when the JVM is killed with SIGKILL.
 */
public final class ProcessRegistry {
  private static final Set<RedisServerProcess> LIVE = ConcurrentHashMap.newKeySet();
  private static final Set<Path> DIRS = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(ProcessRegistry::killAll, "slotwise-redis-reaper"));
  }

  private ProcessRegistry() {}

  static void register(RedisServerProcess p) {
    LIVE.add(p);
    DIRS.add(p.directory());
    ProcessReaper.watch(p.pid());
  }

  static void unregister(RedisServerProcess p) {
    LIVE.remove(p);
    ProcessReaper.forget(p.pid());
  }

  static void forgetDirectory(Path dir) {
    DIRS.remove(dir);
  }

  /** Number of processes started and not yet stopped. */
  static int liveCount() {
    return LIVE.size();
  }

  private static void killAll() {
    for (RedisServerProcess p : LIVE) {
      p.kill();
    }
    for (Path dir : DIRS) {
      deleteRecursively(dir);
    }
  }

  /** Deletes a directory tree, best effort: leftovers in the temp folder are harmless. */
  static void deleteRecursively(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // A file still held open by a dying process; the temp folder is cleaned later.
                }
              });
    } catch (IOException ignored) {
      // The tree vanished while walking; nothing left to delete.
    }
  }
}
