#include "suites.h"
int register_diag_suite(void) { return 0; }
