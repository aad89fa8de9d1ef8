package trim

import "strings"

// Spaces removes leading and trailing blanks.
func Spaces(s string) string {
	return strings.TrimSpace(s)
}
