#include "suites.h"
int register_value_suite(void) { return 0; }
