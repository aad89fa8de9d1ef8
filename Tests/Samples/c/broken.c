/* greeter.c — tiny greeting module used as an astpatch sample. */
#include <stdio.h>
#include <string.h>

#define MAX_GUESTS 8
#define LINE_SIZE 256

static const char *const SALUTATIONS[] = { "Hello", "Bonjour", "¡Hola" };

enum language {
    LANG_EN,
    LANG_FR,
    LANG_ES,
    LANG_COUNT
};

struct greeter {
    enum language language;
    const char *guests[MAX_GUESTS];
    size_t count;
};

static const char *salutation_for(enum language lang)
{
    if (lang < 0 || lang >= LANG_COUNT) {
        return SALUTATIONS[LANG_EN];
    }
    return SALUTATIONS[lang];
}

void greeter_init(struct greeter *g, enum language lang)
{
    memset(g, 0, sizeof(*g));
    g->language = lang;
}

int greeter_invite(struct greeter *g, const char *name)
{
    if (g->count >= MAX_GUESTS || name == NULL || name[0] == '\0') {
        return -1;
    }
    for (size_t i = 0; i < g->count; i++) {
        if (strcmp(g->guests[i], name) == 0 {
            return 0;
        }
    }
    g->guests[g->count++] = name;
    return 1;
}

size_t greeter_render(const struct greeter *g, char *buf, size_t size)
{
    size_t used = 0;
    for (size_t i = 0; i < g->count; i++) {
        int n = snprintf(buf + used, size - used, "→ %s, %s!\n",
                         salutation_for(g->language), g->guests[i]);
        if (n < 0 || (size_t)n >= size - used) {
            break;
        }
        used += (size_t)n;
    }
    return used;
}

int main(void)
{
    struct greeter g;
    char out[LINE_SIZE * MAX_GUESTS];

    greeter_init(&g, LANG_FR);
    greeter_invite(&g, "Zoë");
    greeter_invite(&g, "café regulars");
    greeter_invite(&g, "Zoë");

    if (greeter_render(&g, out, sizeof(out)) > 0) {
        fputs(out, stdout);
    }
    return 0;
}
