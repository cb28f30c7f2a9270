#include "suites.h"
int register_interp_suite(void) { return 0; }
