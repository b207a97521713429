package io.slotwise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public API as the API tests see it: the exported packages and every public type in them,
 * found by listing the class files of the driver's main output (its classes directory, or its jar),
 * not by a hand-kept list, so that a new type is checked the day it is added. Stateless.
 */
public final class ExportedTypes {
  /** The packages a modular application may use; everything else is internal. */
  public static final Set<String> PACKAGES =
      Set.of(
          "io.slotwise",
          "io.slotwise.commands",
          "io.slotwise.pubsub",
          "io.slotwise.cluster",
          "io.slotwise.codis",
          "io.slotwise.metrics");

  /** The prefix of the internal packages. */
  public static final String INTERNAL = "io.slotwise.internal";

  private ExportedTypes() {}

  /** Every package of the driver that holds a class, exported or not. */
  public static Set<String> allPackages() {
    Set<String> packages = new TreeSet<>();
    for (String name : classNames()) {
      packages.add(name.substring(0, name.lastIndexOf('.')));
    }
    return packages;
  }

  /** Binary names of the top-level types of the exported packages that are not public. */
  public static List<String> nonPublicTopLevelTypes() {
    List<String> hidden = new ArrayList<>();
    for (String name : classNames()) {
      String pkg = name.substring(0, name.lastIndexOf('.'));
      if (PACKAGES.contains(pkg)
          && !name.contains("$")
          && !name.endsWith(".package-info")
          && !Modifier.isPublic(load(name).getModifiers())) {
        hidden.add(name);
      }
    }
    return hidden;
  }

  /**
   * Every public type of the exported packages, nested public and protected member types included,
   * ordered by name.
   */
  public static List<Class<?>> publicTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (String name : classNames()) {
      String pkg = name.substring(0, name.lastIndexOf('.'));
      if (!PACKAGES.contains(pkg) || name.contains("$") || name.endsWith(".package-info")) {
        continue;
      }
      Class<?> type = load(name);
      if (Modifier.isPublic(type.getModifiers())) {
        addWithMembers(type, types);
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  private static void addWithMembers(Class<?> type, List<Class<?>> out) {
    out.add(type);
    for (Class<?> nested : type.getDeclaredClasses()) {
      int m = nested.getModifiers();
      if (Modifier.isPublic(m) || Modifier.isProtected(m)) {
        addWithMembers(nested, out);
      }
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ExportedTypes.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("listed but not loadable: " + name, e);
    }
  }

  /** Binary names of every class under {@code io/slotwise} in the main output. */
  private static List<String> classNames() {
    Path root = mainOutput();
    if (Files.isDirectory(root)) {
      return namesUnder(root);
    }
    try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
      return namesUnder(jar.getPath("/"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root, e);
    }
  }

  private static List<String> namesUnder(Path root) {
    Path base = root.resolve("io").resolve("slotwise");
    try (Stream<Path> files = Files.walk(base)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(p -> p.endsWith(".class") && !p.endsWith("module-info.class"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + base, e);
    }
  }

  private static Path mainOutput() {
    try {
      return Path.of(
          SlotwiseClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the driver's classes", e);
    }
  }
}
