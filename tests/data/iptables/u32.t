# u32: 4-byte loads from the IP header, each within the IP total length (else no match, negated or not: the bounds are inside the '!'), & << >> and @ (a new base)
== input
iptables -A INPUT -m u32 --u32 "6 & 0xFF = 6 && 0 >> 22 & 0x3C @ 0 >> 16 = 40000" -j DROP
iptables -A INPUT -m u32 --u32 "0&0xFFFF=0x100:0xFFFF" -j ACCEPT
iptables -A INPUT -m u32 ! --u32 "12=0x0a000001,0xc0a80107" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@12>>26&0x3C@0=0:0xFFFFFFFF" -j DROP
== json
{
  "kefir": 1,
  "syntax": "iptables",
  "source": "<input>",
  "rules": [
    {
      "match": [
        {
          "not": {
            "field": "eth_type",
            "op": "eq",
            "value": "0x0800"
          }
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-8",
      "text": "iptables -A INPUT -m u32 --u32 \"6 & 0xFF = 6 && 0 >> 22 & 0x3C @ 0 >> 16 = 40000\" -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-8"
        },
        {
          "all": [
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": 0,
                "rhs": 4,
                "loc": "1:26-81"
              },
              "rhs": 0
            },
            {
              "rel": ">=",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "1:26-81"
              },
              "rhs": {
                "op": "+",
                "lhs": 0,
                "rhs": 4,
                "loc": "1:26-81"
              }
            },
            {
              "rel": "<=",
              "lhs": 6,
              "rhs": {
                "op": "-",
                "lhs": {
                  "load": "net",
                  "offset": 2,
                  "size": 2,
                  "loc": "1:26-81"
                },
                "rhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": 4,
                  "loc": "1:26-81"
                },
                "loc": "1:26-81"
              }
            },
            {
              "any": [
                {
                  "all": [
                    {
                      "rel": ">=",
                      "lhs": {
                        "op": "&",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": 6,
                            "loc": "1:26-81"
                          },
                          "size": 4,
                          "loc": "1:26-81"
                        },
                        "rhs": 255,
                        "loc": "1:26-81"
                      },
                      "rhs": 6
                    },
                    {
                      "rel": "<=",
                      "lhs": {
                        "op": "&",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": 6,
                            "loc": "1:26-81"
                          },
                          "size": 4,
                          "loc": "1:26-81"
                        },
                        "rhs": 255,
                        "loc": "1:26-81"
                      },
                      "rhs": 6
                    }
                  ],
                  "loc": "1:26-81"
                }
              ],
              "loc": "1:26-81"
            },
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": 0,
                "rhs": 4,
                "loc": "1:26-81"
              },
              "rhs": 0
            },
            {
              "rel": ">=",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "1:26-81"
              },
              "rhs": {
                "op": "+",
                "lhs": 0,
                "rhs": 4,
                "loc": "1:26-81"
              }
            },
            {
              "rel": "<=",
              "lhs": 0,
              "rhs": {
                "op": "-",
                "lhs": {
                  "load": "net",
                  "offset": 2,
                  "size": 2,
                  "loc": "1:26-81"
                },
                "rhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": 4,
                  "loc": "1:26-81"
                },
                "loc": "1:26-81"
              }
            },
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": 0,
                "rhs": {
                  "op": "&",
                  "lhs": {
                    "op": ">>",
                    "lhs": {
                      "load": "net",
                      "offset": {
                        "op": "+",
                        "lhs": 0,
                        "rhs": 0,
                        "loc": "1:26-81"
                      },
                      "size": 4,
                      "loc": "1:26-81"
                    },
                    "rhs": 22,
                    "loc": "1:26-81"
                  },
                  "rhs": 60,
                  "loc": "1:26-81"
                },
                "loc": "1:26-81"
              },
              "rhs": 0
            },
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": {
                    "op": "&",
                    "lhs": {
                      "op": ">>",
                      "lhs": {
                        "load": "net",
                        "offset": {
                          "op": "+",
                          "lhs": 0,
                          "rhs": 0,
                          "loc": "1:26-81"
                        },
                        "size": 4,
                        "loc": "1:26-81"
                      },
                      "rhs": 22,
                      "loc": "1:26-81"
                    },
                    "rhs": 60,
                    "loc": "1:26-81"
                  },
                  "loc": "1:26-81"
                },
                "rhs": 4,
                "loc": "1:26-81"
              },
              "rhs": {
                "op": "+",
                "lhs": 0,
                "rhs": {
                  "op": "&",
                  "lhs": {
                    "op": ">>",
                    "lhs": {
                      "load": "net",
                      "offset": {
                        "op": "+",
                        "lhs": 0,
                        "rhs": 0,
                        "loc": "1:26-81"
                      },
                      "size": 4,
                      "loc": "1:26-81"
                    },
                    "rhs": 22,
                    "loc": "1:26-81"
                  },
                  "rhs": 60,
                  "loc": "1:26-81"
                },
                "loc": "1:26-81"
              }
            },
            {
              "rel": ">=",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "1:26-81"
              },
              "rhs": {
                "op": "+",
                "lhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": {
                    "op": "&",
                    "lhs": {
                      "op": ">>",
                      "lhs": {
                        "load": "net",
                        "offset": {
                          "op": "+",
                          "lhs": 0,
                          "rhs": 0,
                          "loc": "1:26-81"
                        },
                        "size": 4,
                        "loc": "1:26-81"
                      },
                      "rhs": 22,
                      "loc": "1:26-81"
                    },
                    "rhs": 60,
                    "loc": "1:26-81"
                  },
                  "loc": "1:26-81"
                },
                "rhs": 4,
                "loc": "1:26-81"
              }
            },
            {
              "rel": "<=",
              "lhs": 0,
              "rhs": {
                "op": "-",
                "lhs": {
                  "load": "net",
                  "offset": 2,
                  "size": 2,
                  "loc": "1:26-81"
                },
                "rhs": {
                  "op": "+",
                  "lhs": {
                    "op": "+",
                    "lhs": 0,
                    "rhs": {
                      "op": "&",
                      "lhs": {
                        "op": ">>",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": 0,
                            "loc": "1:26-81"
                          },
                          "size": 4,
                          "loc": "1:26-81"
                        },
                        "rhs": 22,
                        "loc": "1:26-81"
                      },
                      "rhs": 60,
                      "loc": "1:26-81"
                    },
                    "loc": "1:26-81"
                  },
                  "rhs": 4,
                  "loc": "1:26-81"
                },
                "loc": "1:26-81"
              }
            },
            {
              "any": [
                {
                  "all": [
                    {
                      "rel": ">=",
                      "lhs": {
                        "op": ">>",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": {
                              "op": "+",
                              "lhs": 0,
                              "rhs": {
                                "op": "&",
                                "lhs": {
                                  "op": ">>",
                                  "lhs": {
                                    "load": "net",
                                    "offset": {
                                      "op": "+",
                                      "lhs": 0,
                                      "rhs": 0,
                                      "loc": "1:26-81"
                                    },
                                    "size": 4,
                                    "loc": "1:26-81"
                                  },
                                  "rhs": 22,
                                  "loc": "1:26-81"
                                },
                                "rhs": 60,
                                "loc": "1:26-81"
                              },
                              "loc": "1:26-81"
                            },
                            "rhs": 0,
                            "loc": "1:26-81"
                          },
                          "size": 4,
                          "loc": "1:26-81"
                        },
                        "rhs": 16,
                        "loc": "1:26-81"
                      },
                      "rhs": 40000
                    },
                    {
                      "rel": "<=",
                      "lhs": {
                        "op": ">>",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": {
                              "op": "+",
                              "lhs": 0,
                              "rhs": {
                                "op": "&",
                                "lhs": {
                                  "op": ">>",
                                  "lhs": {
                                    "load": "net",
                                    "offset": {
                                      "op": "+",
                                      "lhs": 0,
                                      "rhs": 0,
                                      "loc": "1:26-81"
                                    },
                                    "size": 4,
                                    "loc": "1:26-81"
                                  },
                                  "rhs": 22,
                                  "loc": "1:26-81"
                                },
                                "rhs": 60,
                                "loc": "1:26-81"
                              },
                              "loc": "1:26-81"
                            },
                            "rhs": 0,
                            "loc": "1:26-81"
                          },
                          "size": 4,
                          "loc": "1:26-81"
                        },
                        "rhs": 16,
                        "loc": "1:26-81"
                      },
                      "rhs": 40000
                    }
                  ],
                  "loc": "1:26-81"
                }
              ],
              "loc": "1:26-81"
            }
          ],
          "loc": "1:26-81"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -m u32 --u32 \"0&0xFFFF=0x100:0xFFFF\" -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:1-8"
        },
        {
          "all": [
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": 0,
                "rhs": 4,
                "loc": "2:26-54"
              },
              "rhs": 0
            },
            {
              "rel": ">=",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "2:26-54"
              },
              "rhs": {
                "op": "+",
                "lhs": 0,
                "rhs": 4,
                "loc": "2:26-54"
              }
            },
            {
              "rel": "<=",
              "lhs": 0,
              "rhs": {
                "op": "-",
                "lhs": {
                  "load": "net",
                  "offset": 2,
                  "size": 2,
                  "loc": "2:26-54"
                },
                "rhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": 4,
                  "loc": "2:26-54"
                },
                "loc": "2:26-54"
              }
            },
            {
              "any": [
                {
                  "all": [
                    {
                      "rel": ">=",
                      "lhs": {
                        "op": "&",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": 0,
                            "loc": "2:26-54"
                          },
                          "size": 4,
                          "loc": "2:26-54"
                        },
                        "rhs": 65535,
                        "loc": "2:26-54"
                      },
                      "rhs": 256
                    },
                    {
                      "rel": "<=",
                      "lhs": {
                        "op": "&",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": 0,
                            "loc": "2:26-54"
                          },
                          "size": 4,
                          "loc": "2:26-54"
                        },
                        "rhs": 65535,
                        "loc": "2:26-54"
                      },
                      "rhs": 65535
                    }
                  ],
                  "loc": "2:26-54"
                }
              ],
              "loc": "2:26-54"
            }
          ],
          "loc": "2:26-54"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -m u32 ! --u32 \"12=0x0a000001,0xc0a80107\" -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:1-8"
        },
        {
          "not": {
            "all": [
              {
                "rel": ">=",
                "lhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": 4,
                  "loc": "3:28-59"
                },
                "rhs": 0
              },
              {
                "rel": ">=",
                "lhs": {
                  "load": "net",
                  "offset": 2,
                  "size": 2,
                  "loc": "3:28-59"
                },
                "rhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": 4,
                  "loc": "3:28-59"
                }
              },
              {
                "rel": "<=",
                "lhs": 12,
                "rhs": {
                  "op": "-",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "3:28-59"
                  },
                  "rhs": {
                    "op": "+",
                    "lhs": 0,
                    "rhs": 4,
                    "loc": "3:28-59"
                  },
                  "loc": "3:28-59"
                }
              },
              {
                "any": [
                  {
                    "all": [
                      {
                        "rel": ">=",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": 12,
                            "loc": "3:28-59"
                          },
                          "size": 4,
                          "loc": "3:28-59"
                        },
                        "rhs": 167772161
                      },
                      {
                        "rel": "<=",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": 12,
                            "loc": "3:28-59"
                          },
                          "size": 4,
                          "loc": "3:28-59"
                        },
                        "rhs": 167772161
                      }
                    ],
                    "loc": "3:28-59"
                  },
                  {
                    "all": [
                      {
                        "rel": ">=",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": 12,
                            "loc": "3:28-59"
                          },
                          "size": 4,
                          "loc": "3:28-59"
                        },
                        "rhs": 3232235783
                      },
                      {
                        "rel": "<=",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": 12,
                            "loc": "3:28-59"
                          },
                          "size": 4,
                          "loc": "3:28-59"
                        },
                        "rhs": 3232235783
                      }
                    ],
                    "loc": "3:28-59"
                  }
                ],
                "loc": "3:28-59"
              }
            ],
            "loc": "3:28-59"
          },
          "loc": "3:28-59"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "4:1-8",
      "text": "iptables -A INPUT -m u32 --u32 \"0>>22&0x3C@12>>26&0x3C@0=0:0xFFFFFFFF\" -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-8"
        },
        {
          "all": [
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": 0,
                "rhs": 4,
                "loc": "4:26-70"
              },
              "rhs": 0
            },
            {
              "rel": ">=",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "4:26-70"
              },
              "rhs": {
                "op": "+",
                "lhs": 0,
                "rhs": 4,
                "loc": "4:26-70"
              }
            },
            {
              "rel": "<=",
              "lhs": 0,
              "rhs": {
                "op": "-",
                "lhs": {
                  "load": "net",
                  "offset": 2,
                  "size": 2,
                  "loc": "4:26-70"
                },
                "rhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": 4,
                  "loc": "4:26-70"
                },
                "loc": "4:26-70"
              }
            },
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": 0,
                "rhs": {
                  "op": "&",
                  "lhs": {
                    "op": ">>",
                    "lhs": {
                      "load": "net",
                      "offset": {
                        "op": "+",
                        "lhs": 0,
                        "rhs": 0,
                        "loc": "4:26-70"
                      },
                      "size": 4,
                      "loc": "4:26-70"
                    },
                    "rhs": 22,
                    "loc": "4:26-70"
                  },
                  "rhs": 60,
                  "loc": "4:26-70"
                },
                "loc": "4:26-70"
              },
              "rhs": 0
            },
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": {
                    "op": "&",
                    "lhs": {
                      "op": ">>",
                      "lhs": {
                        "load": "net",
                        "offset": {
                          "op": "+",
                          "lhs": 0,
                          "rhs": 0,
                          "loc": "4:26-70"
                        },
                        "size": 4,
                        "loc": "4:26-70"
                      },
                      "rhs": 22,
                      "loc": "4:26-70"
                    },
                    "rhs": 60,
                    "loc": "4:26-70"
                  },
                  "loc": "4:26-70"
                },
                "rhs": 4,
                "loc": "4:26-70"
              },
              "rhs": {
                "op": "+",
                "lhs": 0,
                "rhs": {
                  "op": "&",
                  "lhs": {
                    "op": ">>",
                    "lhs": {
                      "load": "net",
                      "offset": {
                        "op": "+",
                        "lhs": 0,
                        "rhs": 0,
                        "loc": "4:26-70"
                      },
                      "size": 4,
                      "loc": "4:26-70"
                    },
                    "rhs": 22,
                    "loc": "4:26-70"
                  },
                  "rhs": 60,
                  "loc": "4:26-70"
                },
                "loc": "4:26-70"
              }
            },
            {
              "rel": ">=",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "4:26-70"
              },
              "rhs": {
                "op": "+",
                "lhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": {
                    "op": "&",
                    "lhs": {
                      "op": ">>",
                      "lhs": {
                        "load": "net",
                        "offset": {
                          "op": "+",
                          "lhs": 0,
                          "rhs": 0,
                          "loc": "4:26-70"
                        },
                        "size": 4,
                        "loc": "4:26-70"
                      },
                      "rhs": 22,
                      "loc": "4:26-70"
                    },
                    "rhs": 60,
                    "loc": "4:26-70"
                  },
                  "loc": "4:26-70"
                },
                "rhs": 4,
                "loc": "4:26-70"
              }
            },
            {
              "rel": "<=",
              "lhs": 12,
              "rhs": {
                "op": "-",
                "lhs": {
                  "load": "net",
                  "offset": 2,
                  "size": 2,
                  "loc": "4:26-70"
                },
                "rhs": {
                  "op": "+",
                  "lhs": {
                    "op": "+",
                    "lhs": 0,
                    "rhs": {
                      "op": "&",
                      "lhs": {
                        "op": ">>",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": 0,
                            "loc": "4:26-70"
                          },
                          "size": 4,
                          "loc": "4:26-70"
                        },
                        "rhs": 22,
                        "loc": "4:26-70"
                      },
                      "rhs": 60,
                      "loc": "4:26-70"
                    },
                    "loc": "4:26-70"
                  },
                  "rhs": 4,
                  "loc": "4:26-70"
                },
                "loc": "4:26-70"
              }
            },
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": {
                    "op": "&",
                    "lhs": {
                      "op": ">>",
                      "lhs": {
                        "load": "net",
                        "offset": {
                          "op": "+",
                          "lhs": 0,
                          "rhs": 0,
                          "loc": "4:26-70"
                        },
                        "size": 4,
                        "loc": "4:26-70"
                      },
                      "rhs": 22,
                      "loc": "4:26-70"
                    },
                    "rhs": 60,
                    "loc": "4:26-70"
                  },
                  "loc": "4:26-70"
                },
                "rhs": {
                  "op": "&",
                  "lhs": {
                    "op": ">>",
                    "lhs": {
                      "load": "net",
                      "offset": {
                        "op": "+",
                        "lhs": {
                          "op": "+",
                          "lhs": 0,
                          "rhs": {
                            "op": "&",
                            "lhs": {
                              "op": ">>",
                              "lhs": {
                                "load": "net",
                                "offset": {
                                  "op": "+",
                                  "lhs": 0,
                                  "rhs": 0,
                                  "loc": "4:26-70"
                                },
                                "size": 4,
                                "loc": "4:26-70"
                              },
                              "rhs": 22,
                              "loc": "4:26-70"
                            },
                            "rhs": 60,
                            "loc": "4:26-70"
                          },
                          "loc": "4:26-70"
                        },
                        "rhs": 12,
                        "loc": "4:26-70"
                      },
                      "size": 4,
                      "loc": "4:26-70"
                    },
                    "rhs": 26,
                    "loc": "4:26-70"
                  },
                  "rhs": 60,
                  "loc": "4:26-70"
                },
                "loc": "4:26-70"
              },
              "rhs": {
                "op": "+",
                "lhs": 0,
                "rhs": {
                  "op": "&",
                  "lhs": {
                    "op": ">>",
                    "lhs": {
                      "load": "net",
                      "offset": {
                        "op": "+",
                        "lhs": 0,
                        "rhs": 0,
                        "loc": "4:26-70"
                      },
                      "size": 4,
                      "loc": "4:26-70"
                    },
                    "rhs": 22,
                    "loc": "4:26-70"
                  },
                  "rhs": 60,
                  "loc": "4:26-70"
                },
                "loc": "4:26-70"
              }
            },
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": {
                  "op": "+",
                  "lhs": {
                    "op": "+",
                    "lhs": 0,
                    "rhs": {
                      "op": "&",
                      "lhs": {
                        "op": ">>",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": 0,
                            "loc": "4:26-70"
                          },
                          "size": 4,
                          "loc": "4:26-70"
                        },
                        "rhs": 22,
                        "loc": "4:26-70"
                      },
                      "rhs": 60,
                      "loc": "4:26-70"
                    },
                    "loc": "4:26-70"
                  },
                  "rhs": {
                    "op": "&",
                    "lhs": {
                      "op": ">>",
                      "lhs": {
                        "load": "net",
                        "offset": {
                          "op": "+",
                          "lhs": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": {
                              "op": "&",
                              "lhs": {
                                "op": ">>",
                                "lhs": {
                                  "load": "net",
                                  "offset": {
                                    "op": "+",
                                    "lhs": 0,
                                    "rhs": 0,
                                    "loc": "4:26-70"
                                  },
                                  "size": 4,
                                  "loc": "4:26-70"
                                },
                                "rhs": 22,
                                "loc": "4:26-70"
                              },
                              "rhs": 60,
                              "loc": "4:26-70"
                            },
                            "loc": "4:26-70"
                          },
                          "rhs": 12,
                          "loc": "4:26-70"
                        },
                        "size": 4,
                        "loc": "4:26-70"
                      },
                      "rhs": 26,
                      "loc": "4:26-70"
                    },
                    "rhs": 60,
                    "loc": "4:26-70"
                  },
                  "loc": "4:26-70"
                },
                "rhs": 4,
                "loc": "4:26-70"
              },
              "rhs": {
                "op": "+",
                "lhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": {
                    "op": "&",
                    "lhs": {
                      "op": ">>",
                      "lhs": {
                        "load": "net",
                        "offset": {
                          "op": "+",
                          "lhs": 0,
                          "rhs": 0,
                          "loc": "4:26-70"
                        },
                        "size": 4,
                        "loc": "4:26-70"
                      },
                      "rhs": 22,
                      "loc": "4:26-70"
                    },
                    "rhs": 60,
                    "loc": "4:26-70"
                  },
                  "loc": "4:26-70"
                },
                "rhs": {
                  "op": "&",
                  "lhs": {
                    "op": ">>",
                    "lhs": {
                      "load": "net",
                      "offset": {
                        "op": "+",
                        "lhs": {
                          "op": "+",
                          "lhs": 0,
                          "rhs": {
                            "op": "&",
                            "lhs": {
                              "op": ">>",
                              "lhs": {
                                "load": "net",
                                "offset": {
                                  "op": "+",
                                  "lhs": 0,
                                  "rhs": 0,
                                  "loc": "4:26-70"
                                },
                                "size": 4,
                                "loc": "4:26-70"
                              },
                              "rhs": 22,
                              "loc": "4:26-70"
                            },
                            "rhs": 60,
                            "loc": "4:26-70"
                          },
                          "loc": "4:26-70"
                        },
                        "rhs": 12,
                        "loc": "4:26-70"
                      },
                      "size": 4,
                      "loc": "4:26-70"
                    },
                    "rhs": 26,
                    "loc": "4:26-70"
                  },
                  "rhs": 60,
                  "loc": "4:26-70"
                },
                "loc": "4:26-70"
              }
            },
            {
              "rel": ">=",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "4:26-70"
              },
              "rhs": {
                "op": "+",
                "lhs": {
                  "op": "+",
                  "lhs": {
                    "op": "+",
                    "lhs": 0,
                    "rhs": {
                      "op": "&",
                      "lhs": {
                        "op": ">>",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": 0,
                            "loc": "4:26-70"
                          },
                          "size": 4,
                          "loc": "4:26-70"
                        },
                        "rhs": 22,
                        "loc": "4:26-70"
                      },
                      "rhs": 60,
                      "loc": "4:26-70"
                    },
                    "loc": "4:26-70"
                  },
                  "rhs": {
                    "op": "&",
                    "lhs": {
                      "op": ">>",
                      "lhs": {
                        "load": "net",
                        "offset": {
                          "op": "+",
                          "lhs": {
                            "op": "+",
                            "lhs": 0,
                            "rhs": {
                              "op": "&",
                              "lhs": {
                                "op": ">>",
                                "lhs": {
                                  "load": "net",
                                  "offset": {
                                    "op": "+",
                                    "lhs": 0,
                                    "rhs": 0,
                                    "loc": "4:26-70"
                                  },
                                  "size": 4,
                                  "loc": "4:26-70"
                                },
                                "rhs": 22,
                                "loc": "4:26-70"
                              },
                              "rhs": 60,
                              "loc": "4:26-70"
                            },
                            "loc": "4:26-70"
                          },
                          "rhs": 12,
                          "loc": "4:26-70"
                        },
                        "size": 4,
                        "loc": "4:26-70"
                      },
                      "rhs": 26,
                      "loc": "4:26-70"
                    },
                    "rhs": 60,
                    "loc": "4:26-70"
                  },
                  "loc": "4:26-70"
                },
                "rhs": 4,
                "loc": "4:26-70"
              }
            },
            {
              "rel": "<=",
              "lhs": 0,
              "rhs": {
                "op": "-",
                "lhs": {
                  "load": "net",
                  "offset": 2,
                  "size": 2,
                  "loc": "4:26-70"
                },
                "rhs": {
                  "op": "+",
                  "lhs": {
                    "op": "+",
                    "lhs": {
                      "op": "+",
                      "lhs": 0,
                      "rhs": {
                        "op": "&",
                        "lhs": {
                          "op": ">>",
                          "lhs": {
                            "load": "net",
                            "offset": {
                              "op": "+",
                              "lhs": 0,
                              "rhs": 0,
                              "loc": "4:26-70"
                            },
                            "size": 4,
                            "loc": "4:26-70"
                          },
                          "rhs": 22,
                          "loc": "4:26-70"
                        },
                        "rhs": 60,
                        "loc": "4:26-70"
                      },
                      "loc": "4:26-70"
                    },
                    "rhs": {
                      "op": "&",
                      "lhs": {
                        "op": ">>",
                        "lhs": {
                          "load": "net",
                          "offset": {
                            "op": "+",
                            "lhs": {
                              "op": "+",
                              "lhs": 0,
                              "rhs": {
                                "op": "&",
                                "lhs": {
                                  "op": ">>",
                                  "lhs": {
                                    "load": "net",
                                    "offset": {
                                      "op": "+",
                                      "lhs": 0,
                                      "rhs": 0,
                                      "loc": "4:26-70"
                                    },
                                    "size": 4,
                                    "loc": "4:26-70"
                                  },
                                  "rhs": 22,
                                  "loc": "4:26-70"
                                },
                                "rhs": 60,
                                "loc": "4:26-70"
                              },
                              "loc": "4:26-70"
                            },
                            "rhs": 12,
                            "loc": "4:26-70"
                          },
                          "size": 4,
                          "loc": "4:26-70"
                        },
                        "rhs": 26,
                        "loc": "4:26-70"
                      },
                      "rhs": 60,
                      "loc": "4:26-70"
                    },
                    "loc": "4:26-70"
                  },
                  "rhs": 4,
                  "loc": "4:26-70"
                },
                "loc": "4:26-70"
              }
            },
            {
              "any": [
                {
                  "all": [
                    {
                      "rel": ">=",
                      "lhs": {
                        "load": "net",
                        "offset": {
                          "op": "+",
                          "lhs": {
                            "op": "+",
                            "lhs": {
                              "op": "+",
                              "lhs": 0,
                              "rhs": {
                                "op": "&",
                                "lhs": {
                                  "op": ">>",
                                  "lhs": {
                                    "load": "net",
                                    "offset": {
                                      "op": "+",
                                      "lhs": 0,
                                      "rhs": 0,
                                      "loc": "4:26-70"
                                    },
                                    "size": 4,
                                    "loc": "4:26-70"
                                  },
                                  "rhs": 22,
                                  "loc": "4:26-70"
                                },
                                "rhs": 60,
                                "loc": "4:26-70"
                              },
                              "loc": "4:26-70"
                            },
                            "rhs": {
                              "op": "&",
                              "lhs": {
                                "op": ">>",
                                "lhs": {
                                  "load": "net",
                                  "offset": {
                                    "op": "+",
                                    "lhs": {
                                      "op": "+",
                                      "lhs": 0,
                                      "rhs": {
                                        "op": "&",
                                        "lhs": {
                                          "op": ">>",
                                          "lhs": {
                                            "load": "net",
                                            "offset": {
                                              "op": "+",
                                              "lhs": 0,
                                              "rhs": 0,
                                              "loc": "4:26-70"
                                            },
                                            "size": 4,
                                            "loc": "4:26-70"
                                          },
                                          "rhs": 22,
                                          "loc": "4:26-70"
                                        },
                                        "rhs": 60,
                                        "loc": "4:26-70"
                                      },
                                      "loc": "4:26-70"
                                    },
                                    "rhs": 12,
                                    "loc": "4:26-70"
                                  },
                                  "size": 4,
                                  "loc": "4:26-70"
                                },
                                "rhs": 26,
                                "loc": "4:26-70"
                              },
                              "rhs": 60,
                              "loc": "4:26-70"
                            },
                            "loc": "4:26-70"
                          },
                          "rhs": 0,
                          "loc": "4:26-70"
                        },
                        "size": 4,
                        "loc": "4:26-70"
                      },
                      "rhs": 0
                    },
                    {
                      "rel": "<=",
                      "lhs": {
                        "load": "net",
                        "offset": {
                          "op": "+",
                          "lhs": {
                            "op": "+",
                            "lhs": {
                              "op": "+",
                              "lhs": 0,
                              "rhs": {
                                "op": "&",
                                "lhs": {
                                  "op": ">>",
                                  "lhs": {
                                    "load": "net",
                                    "offset": {
                                      "op": "+",
                                      "lhs": 0,
                                      "rhs": 0,
                                      "loc": "4:26-70"
                                    },
                                    "size": 4,
                                    "loc": "4:26-70"
                                  },
                                  "rhs": 22,
                                  "loc": "4:26-70"
                                },
                                "rhs": 60,
                                "loc": "4:26-70"
                              },
                              "loc": "4:26-70"
                            },
                            "rhs": {
                              "op": "&",
                              "lhs": {
                                "op": ">>",
                                "lhs": {
                                  "load": "net",
                                  "offset": {
                                    "op": "+",
                                    "lhs": {
                                      "op": "+",
                                      "lhs": 0,
                                      "rhs": {
                                        "op": "&",
                                        "lhs": {
                                          "op": ">>",
                                          "lhs": {
                                            "load": "net",
                                            "offset": {
                                              "op": "+",
                                              "lhs": 0,
                                              "rhs": 0,
                                              "loc": "4:26-70"
                                            },
                                            "size": 4,
                                            "loc": "4:26-70"
                                          },
                                          "rhs": 22,
                                          "loc": "4:26-70"
                                        },
                                        "rhs": 60,
                                        "loc": "4:26-70"
                                      },
                                      "loc": "4:26-70"
                                    },
                                    "rhs": 12,
                                    "loc": "4:26-70"
                                  },
                                  "size": 4,
                                  "loc": "4:26-70"
                                },
                                "rhs": 26,
                                "loc": "4:26-70"
                              },
                              "rhs": 60,
                              "loc": "4:26-70"
                            },
                            "loc": "4:26-70"
                          },
                          "rhs": 0,
                          "loc": "4:26-70"
                        },
                        "size": 4,
                        "loc": "4:26-70"
                      },
                      "rhs": 4294967295
                    }
                  ],
                  "loc": "4:26-70"
                }
              ],
              "loc": "4:26-70"
            }
          ],
          "loc": "4:26-70"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-8"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
