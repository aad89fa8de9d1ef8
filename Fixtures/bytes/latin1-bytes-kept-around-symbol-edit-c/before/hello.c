/* Auteur: René Dupré, © 2019 */
#include <stdio.h>

static const char *greeting = "Bonjour, ça va?";

int main(void)
{
    puts(greeting);
    return 0;
}
