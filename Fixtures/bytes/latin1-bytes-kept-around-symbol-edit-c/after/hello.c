/* Auteur: René Dupré, © 2019 */
#include <stdio.h>

static const char *greeting = "Bonjour, ça va?";

int main(void)
{
    if (puts(greeting) == EOF) {
        return 1;
    }
    return 0;
}
