#ifndef PATUH_CLIBXML2_SHIM_H
#define PATUH_CLIBXML2_SHIM_H

/* xmlversion.h turns on LIBXML_ICU_ENABLED, which makes encoding.h include ICU's headers;
   they clash with the ICU copy inside Foundation. Patuh needs no ICU conversion. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>

/* xmlFree is a global function pointer in libxml2; Swift cannot call it directly. */
static inline void patuh_xmlFree(void *pointer) {
    xmlFree(pointer);
}

/* A generic error handler is variadic, which Swift cannot write: this one drops everything. */
static void patuh_xml_silent(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/* Routes libxml2's unstructured error output (per thread) to nowhere. */
static inline void patuh_xml_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, patuh_xml_silent);
}

#endif
