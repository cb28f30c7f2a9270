#include "suites.h"
int register_lex_suite(void) { return 0; }
