package dev.pith.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  @Test
  void findsTheArticleInAGraph() {
    String script = """
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Riverside Times"},
          {"@type":["NewsArticle"],"headline":"The ferry","author":{"@type":"Person","name":"Tom Alder"}}]}""";
    Map<String, Object> article = JsonLd.primary(JsonLd.objects(List.of(script)));
    assertNotNull(article);
    assertEquals("The ferry", JsonLd.string(article.get("headline")));
    assertEquals(List.of("Tom Alder"), JsonLd.names(article.get("author")));
  }

  @Test
  void skipsInvalidAndHostileJson() {
    assertTrue(JsonLd.objects(List.of("{not json", "", "<!-- -->", "[1,2,")).isEmpty()
        || JsonLd.primary(JsonLd.objects(List.of("{not json"))) == null);
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertNull(JsonLd.primary(JsonLd.objects(List.of(deep))));
  }

  @Test
  void readsScriptsWrappedInCommentsOrCdata() {
    String script = "<!--\n{\"@type\":\"BlogPosting\",\"headline\":\"Hello\"}\n-->";
    assertEquals("Hello", JsonLd.string(JsonLd.primary(JsonLd.objects(List.of(script))).get("headline")));
  }
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
    "<![CDATA[ %s ]]>", "//<![CDATA[\n%s\n//]]>", "/*<![CDATA[*/ %s /*]]>*/", "<!-- %s -->", "%s"})
  void readsJsonWrappedInCdataOrComments(String wrapper) {
    String json = "{\"@type\":\"Article\",\"headline\":\"The ferry\",\"datePublished\":\"2003-02-28\"}";
    Map<String, Object> article = JsonLd.primary(JsonLd.objects(List.of("\n  " + wrapper.formatted(json) + "\n")));
    assertNotNull(article);
    assertEquals("2003-02-28", JsonLd.string(article.get("datePublished")));
  }
}
