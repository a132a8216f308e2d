/* test-json-patch.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RFC 6902 JSON Patch on json-glib nodes: the examples of the RFC's
 * appendix A, copy, the errors (which operation, by its index, and why)
 * and a failed patch that leaves the document as it was. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "atlas-json-patch.h"

static JsonNode *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  return node;
}

/* @patch applied to @document gives @expected */
static void
check (const char *document,
       const char *patch,
       const char *expected)
{
  g_autoptr(JsonNode) doc = parse (document);
  g_autoptr(JsonNode) before = parse (document);
  g_autoptr(JsonNode) ops = parse (patch);
  g_autoptr(JsonNode) want = parse (expected);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = atlas_json_patch_apply (doc, ops, &error);

  g_assert_no_error (error);
  if (!atlas_json_equal (result, want))
    {
      g_autofree char *got = json_to_string (result, FALSE);

      g_error ("%s + %s gave %s, not %s", document, patch, got, expected);
    }
  /* The document itself is left as it was */
  g_assert_true (atlas_json_equal (doc, before));
}

/* @patch fails on @document with @code, and its message starts with
 * @message */
static void
check_error (const char *document,
             const char *patch,
             int         code,
             const char *message)
{
  g_autoptr(JsonNode) doc = parse (document);
  g_autoptr(JsonNode) before = parse (document);
  g_autoptr(JsonNode) ops = parse (patch);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = atlas_json_patch_apply (doc, ops, &error);

  g_assert_null (result);
  g_assert_error (error, ATLAS_CORRECTION_ERROR, code);
  if (!g_str_has_prefix (error->message, message))
    g_error ("“%s” does not start with “%s”", error->message, message);
  g_assert_true (atlas_json_equal (doc, before));
}

static void
test_rfc_appendix (void)
{
  /* A.1 to A.16 of RFC 6902 */
  check ("{\"foo\": \"bar\"}", "[{\"op\": \"add\", \"path\": \"/baz\", \"value\": \"qux\"}]",
         "{\"baz\": \"qux\", \"foo\": \"bar\"}");
  check ("{\"foo\": [\"bar\", \"baz\"]}", "[{\"op\": \"add\", \"path\": \"/foo/1\", \"value\": \"qux\"}]",
         "{\"foo\": [\"bar\", \"qux\", \"baz\"]}");
  check ("{\"baz\": \"qux\", \"foo\": \"bar\"}", "[{\"op\": \"remove\", \"path\": \"/baz\"}]", "{\"foo\": \"bar\"}");
  check ("{\"foo\": [\"bar\", \"qux\", \"baz\"]}", "[{\"op\": \"remove\", \"path\": \"/foo/1\"}]",
         "{\"foo\": [\"bar\", \"baz\"]}");
  check ("{\"baz\": \"qux\", \"foo\": \"bar\"}", "[{\"op\": \"replace\", \"path\": \"/baz\", \"value\": \"boo\"}]",
         "{\"baz\": \"boo\", \"foo\": \"bar\"}");
  check ("{\"foo\": {\"bar\": \"baz\", \"waldo\": \"fred\"}, \"qux\": {\"corge\": \"grault\"}}",
         "[{\"op\": \"move\", \"from\": \"/foo/waldo\", \"path\": \"/qux/thud\"}]",
         "{\"foo\": {\"bar\": \"baz\"}, \"qux\": {\"corge\": \"grault\", \"thud\": \"fred\"}}");
  check ("{\"foo\": [\"all\", \"grass\", \"cows\", \"eat\"]}",
         "[{\"op\": \"move\", \"from\": \"/foo/1\", \"path\": \"/foo/3\"}]",
         "{\"foo\": [\"all\", \"cows\", \"eat\", \"grass\"]}");
  check ("{\"baz\": \"qux\", \"foo\": [\"a\", 2, \"c\"]}",
         "[{\"op\": \"test\", \"path\": \"/baz\", \"value\": \"qux\"},"
         " {\"op\": \"test\", \"path\": \"/foo/1\", \"value\": 2}]",
         "{\"baz\": \"qux\", \"foo\": [\"a\", 2, \"c\"]}");
  check_error ("{\"baz\": \"qux\"}", "[{\"op\": \"test\", \"path\": \"/baz\", \"value\": \"bar\"}]",
               ATLAS_CORRECTION_ERROR_TEST, "Operation 0 (test): “/baz” is \"qux\" in the dataset");
  check ("{\"foo\": \"bar\"}", "[{\"op\": \"add\", \"path\": \"/child\", \"value\": {\"grandchild\": {}}}]",
         "{\"foo\": \"bar\", \"child\": {\"grandchild\": {}}}");
  check ("{\"foo\": \"bar\"}", "[{\"op\": \"add\", \"path\": \"/baz\", \"value\": \"qux\", \"xyz\": 123}]",
         "{\"foo\": \"bar\", \"baz\": \"qux\"}");
  check_error ("{\"foo\": \"bar\"}", "[{\"op\": \"add\", \"path\": \"/baz/bat\", \"value\": \"qux\"}]",
               ATLAS_CORRECTION_ERROR_PATH, "Operation 0 (add): “/baz/bat” names nothing");
  check ("{\"/\": 9, \"~1\": 10}", "[{\"op\": \"test\", \"path\": \"/~01\", \"value\": 10}]", "{\"/\": 9, \"~1\": 10}");
  check_error ("{\"/\": 9, \"~1\": 10}", "[{\"op\": \"test\", \"path\": \"/~01\", \"value\": \"10\"}]",
               ATLAS_CORRECTION_ERROR_TEST, "Operation 0 (test)");
  check ("{\"foo\": [\"bar\"]}", "[{\"op\": \"add\", \"path\": \"/foo/-\", \"value\": [\"abc\", \"def\"]}]",
         "{\"foo\": [\"bar\", [\"abc\", \"def\"]]}");
}

static void
test_more (void)
{
  /* copy, a copy that does not share the original */
  check ("{\"a\": {\"b\": 1}}",
         "[{\"op\": \"copy\", \"from\": \"/a\", \"path\": \"/c\"}, {\"op\": \"replace\", \"path\": \"/c/b\", \"value\": 2}]",
         "{\"a\": {\"b\": 1}, \"c\": {\"b\": 2}}");
  /* "~1" is "/" and "~0" is "~" in a member's name */
  check ("{\"a/b\": 1, \"m~n\": 2}",
         "[{\"op\": \"replace\", \"path\": \"/a~1b\", \"value\": 3}, {\"op\": \"remove\", \"path\": \"/m~0n\"}]",
         "{\"a/b\": 3}");
  /* the whole document, and numbers by their value */
  check ("{\"a\": 1}", "[{\"op\": \"replace\", \"path\": \"\", \"value\": [1]}]", "[1]");
  check ("{\"a\": 1}", "[{\"op\": \"test\", \"path\": \"/a\", \"value\": 1.0}]", "{\"a\": 1}");
  /* objects by their members in any order; moving a value to itself */
  check ("{\"a\": {\"x\": 1, \"y\": 2}}",
         "[{\"op\": \"test\", \"path\": \"/a\", \"value\": {\"y\": 2, \"x\": 1}},"
         " {\"op\": \"move\", \"from\": \"/a\", \"path\": \"/a\"}]",
         "{\"a\": {\"x\": 1, \"y\": 2}}");
  /* appending at the end by index */
  check ("{\"a\": [1]}", "[{\"op\": \"add\", \"path\": \"/a/1\", \"value\": 2}]", "{\"a\": [1, 2]}");
}

static void
test_errors (void)
{
  const char *doc = "{\"a\": [1, 2], \"b\": {\"c\": 3}}";

  check_error (doc, "[{\"op\": \"test\", \"path\": \"/b/c\", \"value\": 3}, {\"op\": \"remove\", \"path\": \"/z\"}]",
               ATLAS_CORRECTION_ERROR_PATH, "Operation 1 (remove): “/z” names nothing");
  check_error (doc, "[{\"op\": \"add\", \"path\": \"/a/3\", \"value\": 0}]",
               ATLAS_CORRECTION_ERROR_PATH, "Operation 0 (add): “/a/3” names nothing");
  check_error (doc, "[{\"op\": \"replace\", \"path\": \"/a/01\", \"value\": 0}]",
               ATLAS_CORRECTION_ERROR_PATH, "Operation 0 (replace): “/a/01” names nothing");
  check_error (doc, "[{\"op\": \"remove\", \"path\": \"/a/-\"}]",
               ATLAS_CORRECTION_ERROR_PATH, "Operation 0 (remove)");
  check_error (doc, "[{\"op\": \"replace\", \"path\": \"/b/d\", \"value\": 0}]",
               ATLAS_CORRECTION_ERROR_PATH, "Operation 0 (replace): “/b/d” names nothing");
  check_error (doc, "[{\"op\": \"frobnicate\", \"path\": \"/a\"}]",
               ATLAS_CORRECTION_ERROR_OPERATION, "Operation 0 (frobnicate): “frobnicate” is not an operation");
  check_error (doc, "[{\"path\": \"/a\"}]", ATLAS_CORRECTION_ERROR_OPERATION, "Operation 0 (?): it needs “op”");
  check_error (doc, "[{\"op\": \"add\", \"path\": \"/x\"}]", ATLAS_CORRECTION_ERROR_OPERATION,
               "Operation 0 (add): it needs “value”");
  check_error (doc, "[{\"op\": \"move\", \"path\": \"/x\"}]", ATLAS_CORRECTION_ERROR_OPERATION,
               "Operation 0 (move): it needs “from”");
  check_error (doc, "[{\"op\": \"add\", \"path\": \"a\", \"value\": 1}]", ATLAS_CORRECTION_ERROR_OPERATION,
               "Operation 0 (add): “a” is not a JSON Pointer");
  check_error (doc, "[{\"op\": \"add\", \"path\": \"/~2\", \"value\": 1}]", ATLAS_CORRECTION_ERROR_OPERATION,
               "Operation 0 (add): “/~2” is not a JSON Pointer");
  check_error (doc, "[{\"op\": \"move\", \"from\": \"/b\", \"path\": \"/b/c/d\"}]", ATLAS_CORRECTION_ERROR_PATH,
               "Operation 0 (move): “/b” cannot move into itself");
  check_error (doc, "[{\"op\": \"remove\", \"path\": \"\"}]", ATLAS_CORRECTION_ERROR_PATH, "Operation 0 (remove)");
  check_error (doc, "[1]", ATLAS_CORRECTION_ERROR_OPERATION, "Operation 0 (?): an operation is an object");
  check_error (doc, "{\"op\": \"remove\"}", ATLAS_CORRECTION_ERROR_FORMAT, "A JSON Patch is an array");
  /* An operation that works, then one that fails: nothing of the first is kept */
  check_error (doc, "[{\"op\": \"remove\", \"path\": \"/a\"}, {\"op\": \"test\", \"path\": \"/b/c\", \"value\": 4}]",
               ATLAS_CORRECTION_ERROR_TEST, "Operation 1 (test)");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-patch/rfc-6902-appendix-a", test_rfc_appendix);
  g_test_add_func ("/json-patch/more", test_more);
  g_test_add_func ("/json-patch/errors", test_errors);

  return g_test_run ();
}
