#include <stdarg.h>
#include <stdio.h>

static int verbose;

void log_set_verbose(int on)
{
    verbose = on;
}

void log_debug(const char *fmt, ...)
{
    if (!verbose) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}

void log_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}
