#ifndef DEKKING_CLIBXML2_SHIM_H
#define DEKKING_CLIBXML2_SHIM_H
// Debian's libxml2 headers pull in the system ICU headers, which clash with the ICU inside
// Swift's Foundation ("'UErrorCode' has different definitions in different modules").
// Read the version header first and switch the ICU part off before anything else is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#endif
