#include <stdio.h>
#include <stdlib.h>

int parse(const char *s)
{
    int n = atoi(s);
    if (n < 0)
        return -1;
    return n;
}
