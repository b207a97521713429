package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public API is closed: no public or protected signature of an exported type mentions an
 * internal type, a Netty type, or a type that is not public. Checked by reflection over every type
 * of the exported packages ({@link ExportedTypes}): superclass, interfaces, type parameters,
 * constructors and methods (parameters, return, throws, type parameters, generic arguments) and
 * fields.
 */
public class PublicApiTest {

  @Test
  void theDriverHasNoPackageOutsideTheExportedAndInternalOnes() {
    List<String> stray = new ArrayList<>();
    for (String pkg : ExportedTypes.allPackages()) {
      if (!ExportedTypes.PACKAGES.contains(pkg) && !pkg.startsWith(ExportedTypes.INTERNAL + ".")) {
        stray.add(pkg);
      }
    }
    assertThat(stray)
        .as("packages that are neither exported nor under %s", ExportedTypes.INTERNAL)
        .isEmpty();
    assertThat(ExportedTypes.allPackages()).containsAll(ExportedTypes.PACKAGES);
  }

  @Test
  void theExportedPackagesHoldOnlyPublicTypes() {
    assertThat(ExportedTypes.nonPublicTopLevelTypes())
        .as(
            "package-private types in exported packages (move them under %s)",
            ExportedTypes.INTERNAL)
        .isEmpty();
  }

  @Test
  void noPublicSignatureMentionsAHiddenType() {
    List<Class<?>> types = ExportedTypes.publicTypes();
    assertThat(types).contains(SlotwiseClient.class, io.slotwise.commands.RedisCommands.class);
    List<String> offences = new ArrayList<>();
    for (Class<?> type : types) {
      check(type, offences);
    }
    assertThat(offences)
        .as("public signatures of exported types that mention internal or hidden types")
        .isEmpty();
  }

  private static void check(Class<?> type, List<String> out) {
    String where = type.getName();
    mentions(where + " extends", type.getGenericSuperclass(), out);
    for (Type i : type.getGenericInterfaces()) {
      mentions(where + " implements", i, out);
    }
    typeParameters(where, type.getTypeParameters(), out);
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c)) {
        executable(where + "(constructor)", c, out);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m) && !m.isSynthetic() && !m.isBridge()) {
        String name = where + "." + m.getName();
        mentions(name + " returns", m.getGenericReturnType(), out);
        executable(name, m, out);
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (visible(f) && !f.isSynthetic()) {
        mentions(where + "." + f.getName() + " (field)", f.getGenericType(), out);
      }
    }
  }

  private static boolean visible(Member member) {
    int m = member.getModifiers();
    return Modifier.isPublic(m) || Modifier.isProtected(m);
  }

  private static void executable(String name, Executable e, List<String> out) {
    typeParameters(name, e.getTypeParameters(), out);
    Type[] params = e.getGenericParameterTypes();
    for (int i = 0; i < params.length; i++) {
      mentions(name + " parameter " + i, params[i], out);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      mentions(name + " throws", t, out);
    }
  }

  private static void typeParameters(String name, TypeVariable<?>[] vars, List<String> out) {
    for (TypeVariable<?> v : vars) {
      for (Type bound : v.getBounds()) {
        mentions(name + " <" + v.getName() + " extends>", bound, out);
      }
    }
  }

  private static void mentions(String where, Type type, List<String> out) {
    if (type == null) {
      return;
    }
    Set<Class<?>> classes = new HashSet<>();
    collect(type, classes, new HashSet<>());
    for (Class<?> c : classes) {
      String problem = problem(c);
      if (problem != null) {
        out.add(where + ": " + c.getName() + " (" + problem + ")");
      }
    }
  }

  /** Why {@code c} may not appear in the public API, or null when it may. */
  private static String problem(Class<?> c) {
    String name = c.getName();
    if (name.startsWith(ExportedTypes.INTERNAL + ".")) {
      return "internal";
    }
    if (name.startsWith("io.netty.")) {
      return "Netty";
    }
    if (name.startsWith("io.slotwise.")) {
      for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
        int m = k.getModifiers();
        if (!Modifier.isPublic(m) && !(k != c && Modifier.isProtected(m))) {
          return "not public";
        }
      }
    }
    return null;
  }

  private static void collect(Type type, Set<Class<?>> out, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      out.add(c);
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), out, seen);
      if (p.getOwnerType() != null) {
        collect(p.getOwnerType(), out, seen);
      }
      for (Type a : p.getActualTypeArguments()) {
        collect(a, out, seen);
      }
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collect(b, out, seen);
      }
      for (Type b : w.getLowerBounds()) {
        collect(b, out, seen);
      }
    } else if (type instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        collect(b, out, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), out, seen);
    }
  }
}
