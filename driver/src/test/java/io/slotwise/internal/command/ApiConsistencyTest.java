package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.ExportedTypes;
import io.slotwise.HostAndPort;
import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.AsyncRedisNodeCommands;
import io.slotwise.commands.ClientKillArgs;
import io.slotwise.commands.FunctionRestorePolicy;
import io.slotwise.commands.ListDirection;
import io.slotwise.commands.RedisCommands;
import io.slotwise.commands.RedisScript;
import io.slotwise.commands.ReplyConverter;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.SetArgs;
import io.slotwise.internal.executor.Dispatcher;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The command API agrees with itself and with the command table: every synchronous command has its
 * asynchronous twin, and every command the facades build is one {@link CommandTable} knows, with
 * the same key positions and read-only flag. The builders' output is observed by calling every
 * method of the async facade with dummy arguments over a dispatcher that only records.
 */
public class ApiConsistencyTest {
  private static final String COMMANDS = "io.slotwise.commands.";

  /**
   * Synchronous methods without an asynchronous twin, by design: lazy iteration over every page of
   * a scan, where the async API pages explicitly with {@code scan(cursor)}.
   */
  private static final Set<String> SYNC_ONLY =
      Set.of(
          "scanIterable",
          "scanStream",
          "scanBytesIterable",
          "scanBytesStream",
          "hscanIterable",
          "sscanIterable",
          "zscanIterable");

  /** Methods that send a command the caller names: no builder, nothing for the table to know. */
  private static final Set<String> CALLER_NAMED = Set.of("execute");

  @Test
  void everySyncCommandHasAnAsyncTwin() {
    List<String> mismatches = new ArrayList<>();
    List<Class<?>> families = syncFamilies();
    assertThat(families).contains(RedisCommands.class).hasSizeGreaterThan(5);
    for (Class<?> sync : families) {
      Class<?> async = twinOf(sync);
      if (async == null) {
        mismatches.add(sync.getSimpleName() + ": no " + asyncName(sync));
        continue;
      }
      for (Method m : sync.getDeclaredMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) && !SYNC_ONLY.contains(m.getName())) {
          checkTwin(m, async, mismatches);
        }
      }
      for (Method m : async.getDeclaredMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) && !hasMethod(sync, m)) {
          mismatches.add(signature(async, m) + ": no synchronous twin in " + sync.getSimpleName());
        }
      }
      List<String> expected = Arrays.stream(sync.getInterfaces()).map(i -> asyncName(i)).toList();
      List<String> actual = Arrays.stream(async.getInterfaces()).map(Class::getSimpleName).toList();
      if (!expected.equals(actual)) {
        mismatches.add(async.getSimpleName() + " extends " + actual + ", expected " + expected);
      }
    }
    assertThat(mismatches).as("sync/async mismatches").isEmpty();
  }

  @Test
  void everyBuiltCommandIsKnownToTheCommandTable() throws Exception {
    NameRecorder dispatcher = new NameRecorder();
    AsyncRedisCommands redis = new AsyncCommandsImpl(dispatcher);
    List<String> problems = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    int called = 0;
    for (Method m : AsyncRedisCommands.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || CALLER_NAMED.contains(m.getName())) {
        continue;
      }
      dispatcher.commands.clear();
      dispatcher.names.clear();
      try {
        m.invoke(redis, dummies(m));
        called++;
      } catch (InvocationTargetException e) {
        problems.add(signature(AsyncRedisCommands.class, m) + " threw " + e.getCause());
        continue;
      }
      if (dispatcher.commands.isEmpty() && dispatcher.names.isEmpty()) {
        problems.add(signature(AsyncRedisCommands.class, m) + " sent nothing");
      }
      names.addAll(dispatcher.names);
      for (Command c : dispatcher.commands) {
        names.add(c.name());
        check(c, m, problems);
      }
    }
    assertThat(called).isGreaterThan(100);
    for (String name : names) {
      if (!CommandTable.isKnown(name)) {
        problems.add(name + " is not in CommandTable");
      }
    }
    assertThat(problems).as("commands built by the facades vs CommandTable").isEmpty();
  }

  /**
   * The node commands ({@code client.onMasters().async()...}) build commands the table knows, with
   * its key positions and flags; every one of them is called (the generic {@code execute} too).
   */
  @Test
  void everyNodeCommandIsKnownToTheCommandTable() throws Exception {
    NameRecorder dispatcher = new NameRecorder();
    AsyncRedisNodeCommands nodes = new AsyncNodeCommandsImpl(dispatcher, NodeTarget.masters());
    List<String> problems = new ArrayList<>();
    int called = 0;
    for (Method m : AsyncRedisNodeCommands.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      dispatcher.commands.clear();
      try {
        m.invoke(nodes, dummies(m));
        called++;
      } catch (InvocationTargetException e) {
        problems.add(signature(AsyncRedisNodeCommands.class, m) + " threw " + e.getCause());
        continue;
      }
      if (dispatcher.commands.isEmpty()) {
        problems.add(signature(AsyncRedisNodeCommands.class, m) + " sent nothing");
      }
      for (Command c : dispatcher.commands) {
        if (!CALLER_NAMED.contains(m.getName()) && !CommandTable.isKnown(c.name())) {
          problems.add(c.name() + " (" + m.getName() + ") is not in CommandTable");
        }
        check(c, m, problems);
      }
    }
    assertThat(called).isEqualTo(AsyncRedisNodeCommands.class.getMethods().length);
    assertThat(problems).as("node commands vs CommandTable").isEmpty();
  }

  /** The table's key positions and read-only flag agree with the built command's. */
  private static void check(Command c, Method m, List<String> problems) {
    if (!CommandTable.isKnown(c.name())) {
      return;
    }
    int[] table = CommandTable.keyIndexes(c.name(), c.args());
    if (!Arrays.equals(table, c.keyIndexes())) {
      problems.add(
          signature(AsyncRedisCommands.class, m)
              + ": "
              + c.name()
              + " built with keys at "
              + Arrays.toString(c.keyIndexes())
              + ", CommandTable says "
              + Arrays.toString(table));
    }
    if (CommandTable.isReadOnly(c.name()) != c.isReadOnly()) {
      problems.add(
          signature(AsyncRedisCommands.class, m)
              + ": "
              + c.name()
              + " built with readOnly="
              + c.isReadOnly()
              + ", CommandTable says "
              + CommandTable.isReadOnly(c.name()));
    }
  }

  private static void checkTwin(Method sync, Class<?> async, List<String> mismatches) {
    Method twin;
    try {
      twin = async.getDeclaredMethod(sync.getName(), sync.getParameterTypes());
    } catch (NoSuchMethodException e) {
      mismatches.add(signature(sync.getDeclaringClass(), sync) + ": no twin in " + async.getName());
      return;
    }
    String expected =
        CompletableFuture.class.getName() + "<" + boxed(sync.getGenericReturnType()) + ">";
    String actual = twin.getGenericReturnType().getTypeName();
    if (!expected.equals(actual)) {
      mismatches.add(signature(async, twin) + " returns " + actual + ", expected " + expected);
    }
  }

  private static boolean hasMethod(Class<?> type, Method m) {
    try {
      type.getDeclaredMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static String boxed(Type t) {
    if (t instanceof Class<?> c && c.isPrimitive()) {
      return c == void.class
          ? Void.class.getName()
          : java.lang.invoke.MethodType.methodType(c).wrap().returnType().getName();
    }
    return t.getTypeName();
  }

  /** Every sync command interface of the public API: {@code Redis*Commands}. */
  private static List<Class<?>> syncFamilies() {
    return ExportedTypes.publicTypes().stream()
        .filter(Class::isInterface)
        .filter(c -> c.getName().startsWith(COMMANDS + "Redis"))
        .filter(c -> c.getSimpleName().endsWith("Commands"))
        .toList();
  }

  private static String asyncName(Class<?> sync) {
    return "Async" + sync.getSimpleName();
  }

  private static Class<?> twinOf(Class<?> sync) {
    try {
      return Class.forName(COMMANDS + asyncName(sync));
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static String signature(Class<?> type, Method m) {
    return type.getSimpleName()
        + "."
        + m.getName()
        + Arrays.stream(m.getGenericParameterTypes()).map(Type::getTypeName).toList();
  }

  /** Valid arguments of any command method: keys {@code k}, counts and times 1. */
  private static Object[] dummies(Method m) {
    Type[] types = m.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = dummy(types[i], m);
    }
    return args;
  }

  private static Object dummy(Type type, Method m) {
    if (type instanceof ParameterizedType p) {
      Type[] a = p.getActualTypeArguments();
      if (p.getRawType() == List.class) {
        return List.of(dummy(a[0], m));
      }
      if (p.getRawType() == Map.class) {
        return Map.of(dummy(a[0], m), dummy(a[1], m));
      }
    }
    if (type == String.class) {
      return "0";
    }
    if (type == byte[].class) {
      return "0".getBytes(UTF_8);
    }
    if (type == String[].class) {
      return new String[] {"k"};
    }
    if (type == byte[][].class) {
      return new byte[][] {"k".getBytes(UTF_8)};
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == int.class) {
      return 1;
    }
    if (type == double.class || type == Double.class) {
      return 1.0;
    }
    if (type == boolean.class) {
      return true;
    }
    if (type == Duration.class) {
      return Duration.ofSeconds(1);
    }
    if (type == HostAndPort.class) {
      return HostAndPort.of("127.0.0.1", 6379);
    }
    if (type == SetArgs.class) {
      return SetArgs.create().px(1000).nx();
    }
    if (type == ScanArgs.class) {
      return ScanArgs.create().match("k*").count(10);
    }
    if (type == ListDirection.class) {
      return ListDirection.LEFT;
    }
    Object streamGeoBit = StreamGeoBitDummies.of(type);
    if (streamGeoBit != null) {
      return streamGeoBit;
    }
    if (type == RedisScript.class) {
      return RedisScript.of("return 1");
    }
    if (type == FunctionRestorePolicy.class) {
      return FunctionRestorePolicy.REPLACE;
    }
    if (type == ClientKillArgs.class) {
      return ClientKillArgs.create().id(1).skipMe(true);
    }
    if (type instanceof ParameterizedType p && p.getRawType() == ReplyConverter.class
        || type == ReplyConverter.class) {
      return ReplyConverter.raw();
    }
    Object gap = FamilyGapsDummies.of(type);
    if (gap != null) {
      return gap;
    }
    throw new IllegalStateException("no dummy for " + type + " of " + m);
  }

  /**
   * Records what the facades hand to the dispatcher: every {@link Command}, and the names of the
   * multi-key commands the dispatcher builds itself ({@code MGET}, {@code MSET}, {@code DEL}...).
   * Answers nothing: its futures never complete. Not thread-safe.
   */
  private static final class NameRecorder implements Dispatcher {
    final List<Command> commands = new ArrayList<>();
    final List<String> names = new ArrayList<>();

    @Override
    public <T> CompletableFuture<T> execute(Command command, Function<Reply, T> converter) {
      commands.add(command);
      return new CompletableFuture<>();
    }

    @Override
    public <T> CompletableFuture<T> executeOn(
        HostAndPort node, Command command, Function<Reply, T> converter) {
      commands.add(command);
      return new CompletableFuture<>();
    }

    @Override
    public <T> CompletableFuture<T> executeBlocking(
        Command command, Function<Reply, T> converter, Duration blockFor) {
      commands.add(command);
      return new CompletableFuture<>();
    }

    @Override
    public CompletableFuture<Long> waitReplicas(byte[] key, int replicas, Duration timeout) {
      names.add("WAIT");
      return new CompletableFuture<>();
    }

    @Override
    public CompletableFuture<List<byte[]>> mget(byte[][] keys) {
      names.add("MGET");
      return new CompletableFuture<>();
    }

    @Override
    public CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues) {
      names.add("MSET");
      return new CompletableFuture<>();
    }

    @Override
    public CompletableFuture<Long> countKeys(String command, byte[][] keys) {
      names.add(command);
      return new CompletableFuture<>();
    }

    @Override
    public <T> CompletableFuture<T> fanOut(Command command, Function<List<Reply>, T> combiner) {
      commands.add(command);
      return new CompletableFuture<>();
    }

    @Override
    public List<HostAndPort> masters() {
      return List.of(HostAndPort.of("127.0.0.1", 6379));
    }

    @Override
    public boolean splitsBySlot() {
      return false;
    }
  }
}
