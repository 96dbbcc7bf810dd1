// Debian's libxml2 is built with ICU, and its encoding.h then includes the system ICU headers,
// which clash with the ICU that Foundation bundles. Gongkai never touches libxml2's encoding
// handlers (it hands the parsers UTF-8), so the ICU part of the headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
