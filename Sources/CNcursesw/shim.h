#ifndef ALMANAC_CNCURSESW_SHIM_H
#define ALMANAC_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so ask for the wide API ourselves.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// glibc hides wcwidth without _XOPEN_SOURCE.
extern int wcwidth(wchar_t);

// Swift does not import the A_* macros: expose them as functions.
static inline attr_t almanac_a_normal(void) { return A_NORMAL; }
static inline attr_t almanac_a_bold(void) { return A_BOLD; }
static inline int almanac_colours(void) { return COLORS; }
static inline attr_t almanac_a_reverse(void) { return A_REVERSE; }
static inline attr_t almanac_a_underline(void) { return A_UNDERLINE; }
static inline attr_t almanac_a_dim(void) { return A_DIM; }
static inline attr_t almanac_a_standout(void) { return A_STANDOUT; }

// Mouse masks are macros built by shifting: not imported either.
static inline mmask_t almanac_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t almanac_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t almanac_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t almanac_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t almanac_button5_pressed(void) { return BUTTON5_PRESSED; }

// Swift 6 rejects C mutable globals (stdscr, stdout, stdin): read them here instead.
static inline WINDOW *almanac_stdscr(void) { return stdscr; }

// Frames are allocated and freed every key; without this glibc gives the top of the heap
// back to the kernel after each and asks for it again (brk, page faults) on the next.
#include <malloc.h>
static inline void almanac_keep_heap(void) { mallopt(M_TRIM_THRESHOLD, 64 << 20); }
/// Starts curses on the process's own terminal; NULL (not exit) when TERM is unusable.
static inline SCREEN *almanac_newterm(void) { return newterm(NULL, stdout, stdin); }
/// True when the current terminal can put the cursor anywhere (`cup`) and is not a generic or
/// hard-copy type: `TERM=dumb` cannot draw a screen.
static inline int almanac_can_address(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1 && tigetflag("gn") <= 0 && tigetflag("hc") <= 0;
}

// Signals. Handlers live in C so they touch nothing but async-signal-safe state.
// A file-scope `static` in the shim is not emitted, and a `static` inside a `static inline`
// function gets one copy per Swift file that uses it. So the state lives in weak, never-inlined
// functions: the linker keeps one definition, and with it one copy of each variable.
#define ALMANAC_ONE_COPY __attribute__((weak, noinline))
ALMANAC_ONE_COPY volatile sig_atomic_t *almanac_pending_signal(void) {
    static volatile sig_atomic_t pending = 0;
    return &pending;
}
/// The quit signal that arrived, or 0. Read here: the load must be volatile, and Swift's is not.
static inline int almanac_quit_signal(void) { return *almanac_pending_signal(); }
static inline void almanac_clear_quit_signal(void) { *almanac_pending_signal() = 0; }
ALMANAC_ONE_COPY struct sigaction *almanac_previous_actions(void) {
    static struct sigaction previous[NSIG];
    return previous;
}
/// SIGINT/SIGTERM/SIGHUP: note it; the blocked read returns (no SA_RESTART) and the loop
/// leaves through its normal exit. A second one while quitting ends the process at once.
static inline void almanac_quit_handler(int sig) {
    if (*almanac_pending_signal() != 0) { endwin(); _exit(128 + sig); }
    *almanac_pending_signal() = sig;
}
/// SIGCONT (back from Ctrl-Z): the size may have changed while stopped, and no SIGWINCH
/// reached us then. The loop asks after every read (reads wake at least every 250 ms).
ALMANAC_ONE_COPY volatile sig_atomic_t *almanac_resumed_flag(void) {
    static volatile sig_atomic_t resumed = 0;
    return &resumed;
}
static inline void almanac_continue_handler(int sig) { (void)sig; *almanac_resumed_flag() = 1; }
static inline int almanac_take_resumed(void) {
    int r = *almanac_resumed_flag();
    *almanac_resumed_flag() = 0;
    return r;
}
/// The terminal's size from the kernel (rows, columns); 0 when it cannot be read.
static inline int almanac_terminal_size(int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return 0;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 1;
}
/// Crash and other terminating signals: give the terminal back, then let the previous handler
/// (the Swift runtime's backtracer, or the default) deal with the signal.
static inline void almanac_crash_handler(int sig) {
    endwin();
    sigaction(sig, &almanac_previous_actions()[sig], NULL);
    raise(sig);
}
static inline int almanac_install(int sig, void (*handler)(int), int flags) {
    struct sigaction action;
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = flags;
    return sigaction(sig, &action, &almanac_previous_actions()[sig]);
}
/// Signals whose default ends the process without a core or with one, other than the quit and
/// crash ones: each gives the terminal back first, then ends the process as it would have.
static inline int almanac_terminating_signals(int *out) {
    int fixed[] = { SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGSYS,
                    SIGIO, SIGPWR, SIGSTKFLT };
    int n = 0;
    for (unsigned i = 0; i < sizeof fixed / sizeof fixed[0]; i++) out[n++] = fixed[i];
    for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++) out[n++] = sig;
    return n;
}
static inline void almanac_install_signal_handlers(void) {
    *almanac_pending_signal() = 0;
    int quit[] = { SIGINT, SIGTERM, SIGHUP };
    for (unsigned i = 0; i < sizeof quit / sizeof quit[0]; i++) almanac_install(quit[i], almanac_quit_handler, 0);
    int crash[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof crash / sizeof crash[0]; i++) almanac_install(crash[i], almanac_crash_handler, SA_RESETHAND);
    *almanac_resumed_flag() = 0;
    almanac_install(SIGCONT, almanac_continue_handler, 0);
    int terminating[64];
    int n = almanac_terminating_signals(terminating);
    for (int i = 0; i < n; i++) {
        // One the parent ignores (SIGPIPE, often) would not end us: leave it ignored.
        struct sigaction current;
        if (sigaction(terminating[i], NULL, &current) == 0 && current.sa_handler == SIG_DFL) {
            almanac_install(terminating[i], almanac_crash_handler, SA_RESETHAND);
        } else {
            almanac_previous_actions()[terminating[i]] = current;
        }
    }
}
/// Puts back what was there before `almanac_install_signal_handlers`.
static inline void almanac_restore_signal_handlers(void) {
    int all[] = { SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGCONT };
    for (unsigned i = 0; i < sizeof all / sizeof all[0]; i++) sigaction(all[i], &almanac_previous_actions()[all[i]], NULL);
    int terminating[64];
    int n = almanac_terminating_signals(terminating);
    for (int i = 0; i < n; i++) sigaction(terminating[i], &almanac_previous_actions()[terminating[i]], NULL);
}
#endif
