#include <stdio.h>
#include <stdarg.h>

static int verbose = 0;

void log_set_verbose(int on)
{
    verbose = on;
}

void log_msg(const char *fmt, ...)
{
    va_list ap;
    if (!verbose)
        return;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}
