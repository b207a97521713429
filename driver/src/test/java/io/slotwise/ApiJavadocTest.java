package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the exported packages, and every public or protected member of one, has a
 * doc comment. Read from the sources ({@code src/main/java} of the module) with the compiler's tree
 * API, parsed only, so the check is exact about what is written. Allowed without one: methods
 * annotated {@code @Override} (their supertype's comment applies), enum constants, and record
 * components (documented by the record's {@code @param} tags, checked by doclint).
 */
public class ApiJavadocTest {

  @Test
  void everyPublicMemberOfTheApiIsDocumented() throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertThat(compiler).as("a JDK with javac").isNotNull();
    List<String> missing = new ArrayList<>();
    int types;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
      JavacTask task =
          (JavacTask)
              compiler.getTask(null, files, null, List.of("-proc:none"), null, sourceFiles(files));
      DocTrees docs = DocTrees.instance(task);
      Checker checker = new Checker(docs, missing);
      for (CompilationUnitTree unit : task.parse()) {
        checker.unit(unit);
      }
      types = checker.types;
    }
    assertThat(types).as("public types read").isGreaterThan(50);
    assertThat(missing).as("public API without a doc comment").isEmpty();
  }

  private static Iterable<? extends JavaFileObject> sourceFiles(StandardJavaFileManager files) {
    Path root = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java");
    List<Path> sources = new ArrayList<>();
    for (String pkg : ExportedTypes.PACKAGES) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      assertThat(dir).as("source folder of " + pkg).isDirectory();
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir, e);
      }
      assertThat(dir.resolve("package-info.java")).as("package-info of " + pkg).exists();
    }
    return files.getJavaFileObjectsFromPaths(sources);
  }

  /** Walks one source file's public types and reports members without a doc comment. */
  private static final class Checker {
    private final DocTrees docs;
    private final List<String> missing;
    private CompilationUnitTree unit;
    int types;

    Checker(DocTrees docs, List<String> missing) {
      this.docs = docs;
      this.missing = missing;
    }

    void unit(CompilationUnitTree unit) {
      this.unit = unit;
      if (unit.getSourceFile().getName().endsWith("package-info.java")) {
        if (unit.getPackage() == null
            || !documented(new TreePath(new TreePath(unit), unit.getPackage()))) {
          missing.add(unit.getPackageName() + " (package-info without a doc comment)");
        }
        return;
      }
      for (Tree t : unit.getTypeDecls()) {
        if (t instanceof ClassTree c && isPublic(c.getModifiers())) {
          type(
              new TreePath(new TreePath(unit), c), unit.getPackageName() + "." + c.getSimpleName());
        }
      }
    }

    private void type(TreePath path, String name) {
      ClassTree type = (ClassTree) path.getLeaf();
      types++;
      require(path, name);
      boolean iface =
          type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
      boolean hasConstructor = false;
      for (Tree member : type.getMembers()) {
        TreePath at = new TreePath(path, member);
        if (member instanceof ClassTree nested) {
          if (iface || visible(nested.getModifiers())) {
            type(at, name + "." + nested.getSimpleName());
          }
        } else if (member instanceof MethodTree m) {
          boolean constructor = m.getName().contentEquals("<init>");
          hasConstructor |= constructor;
          boolean shown =
              iface
                  ? !m.getModifiers().getFlags().contains(Modifier.PRIVATE)
                  : visible(m.getModifiers());
          if (shown && !overrides(m.getModifiers()) && !isGenerated(m)) {
            require(at, name + (constructor ? "" : "#" + m.getName()) + params(m));
          }
        } else if (member instanceof VariableTree v) {
          boolean enumConstant = type.getKind() == Tree.Kind.ENUM && isConstantOf(type, v);
          if (!enumConstant && (iface || visible(v.getModifiers()))) {
            require(at, name + "#" + v.getName());
          }
        }
      }
      if (type.getKind() == Tree.Kind.CLASS
          && !hasConstructor
          && !type.getModifiers().getFlags().contains(Modifier.ABSTRACT)) {
        missing.add(name + " (implicit public constructor: declare and document one)");
      }
    }

    private void require(TreePath path, String what) {
      if (!documented(path)) {
        long line =
            unit.getLineMap()
                .getLineNumber(docs.getSourcePositions().getStartPosition(unit, path.getLeaf()));
        missing.add(
            what + " (" + unit.getSourceFile().getName().replaceAll(".*/", "") + ":" + line + ")");
      }
    }

    private boolean documented(TreePath path) {
      return docs.getDocCommentTree(path) != null;
    }

    /** Record accessors and canonical constructors javac adds are not in the source: skip them. */
    private boolean isGenerated(MethodTree m) {
      return docs.getSourcePositions().getStartPosition(unit, m) < 0;
    }

    /** An enum constant: a field initialized with {@code new} of its own enum (else illegal). */
    private static boolean isConstantOf(ClassTree enumType, VariableTree v) {
      return v.getInitializer() instanceof NewClassTree n
          && n.getIdentifier().toString().equals(enumType.getSimpleName().toString());
    }

    private static String params(MethodTree m) {
      List<String> types = new ArrayList<>();
      for (VariableTree p : m.getParameters()) {
        types.add(p.getType().toString());
      }
      return "(" + String.join(", ", types) + ")";
    }

    private static boolean overrides(ModifiersTree modifiers) {
      for (AnnotationTree a : modifiers.getAnnotations()) {
        String name = a.getAnnotationType().toString();
        if (name.equals("Override") || name.equals("java.lang.Override")) {
          return true;
        }
      }
      return false;
    }

    private static boolean isPublic(ModifiersTree modifiers) {
      return modifiers.getFlags().contains(Modifier.PUBLIC);
    }

    private static boolean visible(ModifiersTree modifiers) {
      return isPublic(modifiers) || modifiers.getFlags().contains(Modifier.PROTECTED);
    }
  }
}
