int pktgen_placeholder;
