#!/usr/bin/env python3
"""Turn the generated tree-sitter-swift 0.7.4 parser (ABI 15) into an ABI 14 one.

Usage: swift_abi15_to_14.py SRC_DIR      (SRC_DIR is the directory holding parser.c)

The grammar uses no reserved-word sets (MAX_RESERVED_WORD_SET_SIZE 0) and no
supertypes (SUPERTYPE_COUNT 0), so its tables mean the same thing to an ABI 14
runtime; only the shape of the TSLanguage record differs. The edits make
parser.c compile against the ABI 14 tree_sitter/parser.h of tree-sitter 0.24.0,
whose TSLanguage layout is the one libtree-sitter 0.20.x reads:

  * LANGUAGE_VERSION 15 becomes 14;
  * ts_lex_modes is declared with the 4-byte TSLexMode {lex_state,
    external_lex_state} instead of the 6-byte TSLexerMode (no entry sets the
    third field, reserved_word_set_id);
  * ts_field_map_slices is typed TSFieldMapSlice (ABI 15 renamed it TSMapSlice);
  * character-set tables drop `const`, as the ABI 14 set_contains() expects;
  * the TSLanguage initializer names `.version` instead of `.abi_version` and
    loses the ABI 15-only fields supertype_count, name,
    max_reserved_word_set_size and metadata.

The sdist also bundles ABI 15 headers in SRC_DIR/tree_sitter/. A quoted
#include finds those before any -I directory, so they are deleted to let the
0.24.0 headers be used (the compiler then checks every field against the ABI 14
layout).

parser.c is edited in place. Running the script again changes nothing. Any
text that is neither in its original nor in its patched form makes the script
stop with a non-zero exit status before anything is written.
"""

import os
import re
import sys

PREFIX = "swift_abi15_to_14"

# (what, pattern of the ABI 15 text, replacement, required number of matches
#  or None for "one or more", pattern that is present once the edit is done,
#  pattern that is absent once the edit is done)
EDITS = [
    ("language version",
     rb"(?m)^#define LANGUAGE_VERSION 15$", b"#define LANGUAGE_VERSION 14", 1,
     rb"(?m)^#define LANGUAGE_VERSION 14$", None),
    ("lex mode table type",
     rb"(?m)^static const TSLexerMode ts_lex_modes\[STATE_COUNT\] = \{$",
     b"static const TSLexMode ts_lex_modes[STATE_COUNT] = {", 1,
     rb"(?m)^static const TSLexMode ts_lex_modes\[STATE_COUNT\] = \{$", None),
    ("field map slice type",
     rb"(?m)^static const TSMapSlice ts_field_map_slices\[",
     b"static const TSFieldMapSlice ts_field_map_slices[", 1,
     rb"(?m)^static const TSFieldMapSlice ts_field_map_slices\[", None),
    ("character set constness",
     rb"(?m)^static const TSCharacterRange ", b"static TSCharacterRange ", None,
     rb"(?m)^static TSCharacterRange ", None),
    ("version field",
     rb"(?m)^    \.abi_version = LANGUAGE_VERSION,$",
     b"    .version = LANGUAGE_VERSION,", 1,
     rb"(?m)^    \.version = LANGUAGE_VERSION,$", None),
    ("supertype_count field",
     rb"(?m)^    \.supertype_count = SUPERTYPE_COUNT,\n", b"", 1,
     None, rb"\.supertype_count\b"),
    ("name field",
     rb'(?m)^    \.name = "swift",\n', b"", 1,
     None, rb"(?m)^    \.name = "),
    ("max_reserved_word_set_size field",
     rb"(?m)^    \.max_reserved_word_set_size = 0,\n", b"", 1,
     None, rb"\.max_reserved_word_set_size\b"),
    ("metadata field",
     rb"(?m)^    \.metadata = \{\n"
     rb"      \.major_version = \d+,\n"
     rb"      \.minor_version = \d+,\n"
     rb"      \.patch_version = \d+,\n"
     rb"    \},\n", b"", 1,
     None, rb"(?m)^    \.metadata = "),
]

# Must hold before and after patching: nothing in the tables needs ABI 15.
PRECONDITIONS = [
    (rb"(?m)^#define MAX_RESERVED_WORD_SET_SIZE 0$", "reserved word sets are used"),
    (rb"(?m)^#define SUPERTYPE_COUNT 0$", "supertypes are declared"),
]

# None of these may remain after patching.
LEFTOVERS = [
    rb"abi_version", rb"TSLexerMode", rb"TSMapSlice", rb"TSLanguageMetadata",
    rb"reserved_word_set_id", rb"\.reserved_words\b", rb"supertype_symbols",
    rb"supertype_map",
]

BUNDLED_HEADERS = ("parser.h", "alloc.h", "array.h")


def fail(message):
    sys.stderr.write("%s: error: %s\n" % (PREFIX, message))
    sys.exit(1)


def patch_text(text, path):
    for pattern, problem in PRECONDITIONS:
        if not re.search(pattern, text):
            fail("%s: %s; cannot express this grammar in ABI 14" % (path, problem))
    for what, old, new, required, done_present, done_absent in EDITS:
        found = len(re.findall(old, text))
        if found:
            if required is not None and found != required:
                fail("%s: %s: expected %d match(es), found %d"
                     % (path, what, required, found))
            text = re.sub(old, new, text)
        elif done_present is not None and re.search(done_present, text):
            pass  # applied by an earlier run
        elif done_absent is not None and not re.search(done_absent, text):
            pass  # removed by an earlier run
        else:
            fail("%s: %s: expected text not found" % (path, what))
    for pattern in LEFTOVERS:
        if re.search(pattern, text):
            fail("%s: ABI 15 construct %r still present"
                 % (path, pattern.decode("ascii")))
    return text


def main(argv):
    if len(argv) != 2:
        fail("usage: %s SRC_DIR (the directory containing parser.c)" % argv[0])
    src_dir = argv[1]
    parser_c = os.path.join(src_dir, "parser.c")
    if not os.path.isfile(parser_c):
        fail("%s not found" % parser_c)

    with open(parser_c, "rb") as handle:
        original = handle.read()
    patched = patch_text(original, parser_c)

    header_dir = os.path.join(src_dir, "tree_sitter")
    if os.path.isdir(header_dir):
        unexpected = sorted(set(os.listdir(header_dir)) - set(BUNDLED_HEADERS))
        if unexpected:
            fail("unexpected files in %s: %s" % (header_dir, ", ".join(unexpected)))

    if patched != original:
        temporary = parser_c + ".tmp"
        with open(temporary, "wb") as handle:
            handle.write(patched)
        os.replace(temporary, parser_c)
        print("%s: patched %s" % (PREFIX, parser_c))
    else:
        print("%s: %s already patched" % (PREFIX, parser_c))

    if os.path.isdir(header_dir):
        for name in BUNDLED_HEADERS:
            path = os.path.join(header_dir, name)
            if os.path.exists(path):
                os.remove(path)
        os.rmdir(header_dir)
        print("%s: removed bundled ABI 15 headers from %s" % (PREFIX, header_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
