#ifndef ALMANAC_CNCURSESW_SHIM_H
#define ALMANAC_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so ask for the wide API ourselves.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// glibc hides wcwidth without _XOPEN_SOURCE.
extern int wcwidth(wchar_t);

// Swift does not import the A_* macros: expose them as functions.
static inline attr_t almanac_a_normal(void) { return A_NORMAL; }
static inline attr_t almanac_a_bold(void) { return A_BOLD; }
static inline attr_t almanac_a_reverse(void) { return A_REVERSE; }
static inline attr_t almanac_a_underline(void) { return A_UNDERLINE; }
static inline attr_t almanac_a_dim(void) { return A_DIM; }
static inline attr_t almanac_a_standout(void) { return A_STANDOUT; }
#endif
