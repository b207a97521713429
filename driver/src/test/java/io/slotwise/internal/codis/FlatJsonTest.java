package io.slotwise.internal.codis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlatJsonTest {

  @Test
  void parsesPrettyPrintedCodisNode() {
    String json =
        "{\n    \"addr\": \"127.0.0.1:19000\",\n    \"admin\": \"127.0.0.1:11080\",\n"
            + "    \"start\": \"2026-11-22 03:10:01.12 +0000 UTC\",\n    \"state\": \"online\",\n"
            + "    \"token\": \"9c5d\"\n}\n";
    assertThat(FlatJson.parseObject(json))
        .containsExactly(
            Map.entry("addr", "127.0.0.1:19000"),
            Map.entry("admin", "127.0.0.1:11080"),
            Map.entry("start", "2026-11-22 03:10:01.12 +0000 UTC"),
            Map.entry("state", "online"),
            Map.entry("token", "9c5d"));
  }

  @Test
  void decodesEveryEscape() {
    String json = "{\"k\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u4E2D\"}";
    assertThat(FlatJson.parseObject(json)).containsEntry("k", "a\"b\\c/d\b\f\n\r\té中");
  }

  @Test
  void keepsScalarsAsTextAndLeavesNestedValuesOut() {
    String json =
        "{\"pid\": -12.5e+3, \"ok\": true, \"no\": false, \"n\": null, \"zero\": 0,"
            + " \"nested\": {\"a\": [1, {\"b\": \"c\"}, []], \"d\": {}}, \"list\": [\"x\", 2],"
            + " \"addr\": \"h:1\"}";
    assertThat(FlatJson.parseObject(json))
        .containsExactly(
            Map.entry("pid", "-12.5e+3"),
            Map.entry("ok", "true"),
            Map.entry("no", "false"),
            Map.entry("n", "null"),
            Map.entry("zero", "0"),
            Map.entry("addr", "h:1"));
  }

  @Test
  void acceptsEmptyObjectWithWhitespace() {
    assertThat(FlatJson.parseObject(" \t\r\n{ \n } \n")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "[]",
        "\"addr\"",
        "{",
        "}",
        "{\"a\"}",
        "{\"a\":}",
        "{\"a\" \"b\"}",
        "{\"a\":\"b\",}",
        "{\"a\":\"b\" \"c\":\"d\"}",
        "{\"a\":\"b\"} x",
        "{\"a\":\"b\"}{}",
        "{a:\"b\"}",
        "{'a':'b'}",
        "{\"a\":\"unterminated}",
        "{\"a\":\"bad \\x escape\"}",
        "{\"a\":\"\\u12\"}",
        "{\"a\":\"\\u12G4\"}",
        "{\"a\":\"raw\nnewline\"}",
        "{\"a\":01}",
        "{\"a\":1.}",
        "{\"a\":1e}",
        "{\"a\":-}",
        "{\"a\":tru}",
        "{\"a\":nul}",
        "{\"a\":[1,]}",
        "{\"a\":[1 2]}",
        "{\"a\":{\"b\"}}",
        "{\"a\":\"1\",\"a\":\"2\"}",
        "{\"a\":\"b\"\u0000}"
      })
  void rejectsMalformedInputWithOffset(String json) {
    assertThatThrownBy(() -> FlatJson.parseObject(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("malformed JSON at offset ");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> FlatJson.parseObject(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("json");
  }

  @Test
  void rejectsNestingBeyondLimitWithoutOverflowingTheStack() {
    String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThatThrownBy(() -> FlatJson.parseObject(deep))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nesting deeper than " + FlatJson.MAX_DEPTH);
  }

  @Test
  void namesTheOffsetOfTheProblem() {
    assertThatThrownBy(() -> FlatJson.parseObject("{\"a\":\"b\",\"a\":\"c\"}"))
        .hasMessage("malformed JSON at offset 9: duplicate key \"a\"");
  }
}
