#include <stdio.h>
#include <stdlib.h>

static int parse_count(const char *arg)
{
    char *end;
    long n = strtol(arg, &end, 10);
    if (*end != '\0' || n < 0) {
        return -1;
    }
    return (int)n;
}

int main(int argc, char **argv)
{
    int count = argc > 1 ? parse_count(argv[1]) : 3;
    if (count < 0) {
        fprintf(stderr, "usage: %s [count]\n", argv[0]);
        return 2;
    }
    for (int i = 0; i < count; i++) {
        printf("tick %d of %d\n", i + 1, count);
    }
    return 0;
}