# u32 on IPv6: loads within the payload length + 40
== input
ip6tables -A INPUT -m u32 --u32 "6&0xff=6" -j ACCEPT
ip6tables -A INPUT -m u32 --u32 "40&0xffff=22" -j DROP
ip6tables -A INPUT -m u32 ! --u32 "0>>28=6" -j DROP
== json
{
  "kefir": 1,
  "syntax": "ip6tables",
  "source": "<input>",
  "rules": [
    {
      "match": [
        {
          "not": {
            "field": "eth_type",
            "op": "eq",
            "value": "0x86dd"
          }
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-9",
      "text": "ip6tables -A INPUT -m u32 --u32 \"6&0xff=6\" -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:1-9"
        },
        {
          "all": [
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": 0,
                "rhs": 4,
                "loc": "1:27-42"
              },
              "rhs": 0
            },
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": {
                  "load": "net",
                  "offset": 4,
                  "size": 2,
                  "loc": "1:27-42"
                },
                "rhs": 40,
                "loc": "1:27-42"
              },
              "rhs": {
                "op": "+",
                "lhs": 0,
                "rhs": 4,
                "loc": "1:27-42"
              }
            },
            {
              "rel": "<=",
              "lhs": 6,
              "rhs": {
                "op": "-",
                "lhs": {
                  "op": "+",
                  "lhs": {
                    "load": "net",
                    "offset": 4,
                    "size": 2,
                    "loc": "1:27-42"
                  },
                  "rhs": 40,
                  "loc": "1:27-42"
                },
                "rhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": 4,
                  "loc": "1:27-42"
                },
                "loc": "1:27-42"
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
                            "loc": "1:27-42"
                          },
                          "size": 4,
                          "loc": "1:27-42"
                        },
                        "rhs": 255,
                        "loc": "1:27-42"
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
                            "loc": "1:27-42"
                          },
                          "size": 4,
                          "loc": "1:27-42"
                        },
                        "rhs": 255,
                        "loc": "1:27-42"
                      },
                      "rhs": 6
                    }
                  ],
                  "loc": "1:27-42"
                }
              ],
              "loc": "1:27-42"
            }
          ],
          "loc": "1:27-42"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -m u32 --u32 \"40&0xffff=22\" -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "2:1-9"
        },
        {
          "all": [
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": 0,
                "rhs": 4,
                "loc": "2:27-46"
              },
              "rhs": 0
            },
            {
              "rel": ">=",
              "lhs": {
                "op": "+",
                "lhs": {
                  "load": "net",
                  "offset": 4,
                  "size": 2,
                  "loc": "2:27-46"
                },
                "rhs": 40,
                "loc": "2:27-46"
              },
              "rhs": {
                "op": "+",
                "lhs": 0,
                "rhs": 4,
                "loc": "2:27-46"
              }
            },
            {
              "rel": "<=",
              "lhs": 40,
              "rhs": {
                "op": "-",
                "lhs": {
                  "op": "+",
                  "lhs": {
                    "load": "net",
                    "offset": 4,
                    "size": 2,
                    "loc": "2:27-46"
                  },
                  "rhs": 40,
                  "loc": "2:27-46"
                },
                "rhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": 4,
                  "loc": "2:27-46"
                },
                "loc": "2:27-46"
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
                            "rhs": 40,
                            "loc": "2:27-46"
                          },
                          "size": 4,
                          "loc": "2:27-46"
                        },
                        "rhs": 65535,
                        "loc": "2:27-46"
                      },
                      "rhs": 22
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
                            "rhs": 40,
                            "loc": "2:27-46"
                          },
                          "size": 4,
                          "loc": "2:27-46"
                        },
                        "rhs": 65535,
                        "loc": "2:27-46"
                      },
                      "rhs": 22
                    }
                  ],
                  "loc": "2:27-46"
                }
              ],
              "loc": "2:27-46"
            }
          ],
          "loc": "2:27-46"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -m u32 ! --u32 \"0>>28=6\" -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:1-9"
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
                  "loc": "3:29-43"
                },
                "rhs": 0
              },
              {
                "rel": ">=",
                "lhs": {
                  "op": "+",
                  "lhs": {
                    "load": "net",
                    "offset": 4,
                    "size": 2,
                    "loc": "3:29-43"
                  },
                  "rhs": 40,
                  "loc": "3:29-43"
                },
                "rhs": {
                  "op": "+",
                  "lhs": 0,
                  "rhs": 4,
                  "loc": "3:29-43"
                }
              },
              {
                "rel": "<=",
                "lhs": 0,
                "rhs": {
                  "op": "-",
                  "lhs": {
                    "op": "+",
                    "lhs": {
                      "load": "net",
                      "offset": 4,
                      "size": 2,
                      "loc": "3:29-43"
                    },
                    "rhs": 40,
                    "loc": "3:29-43"
                  },
                  "rhs": {
                    "op": "+",
                    "lhs": 0,
                    "rhs": 4,
                    "loc": "3:29-43"
                  },
                  "loc": "3:29-43"
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
                              "lhs": 0,
                              "rhs": 0,
                              "loc": "3:29-43"
                            },
                            "size": 4,
                            "loc": "3:29-43"
                          },
                          "rhs": 28,
                          "loc": "3:29-43"
                        },
                        "rhs": 6
                      },
                      {
                        "rel": "<=",
                        "lhs": {
                          "op": ">>",
                          "lhs": {
                            "load": "net",
                            "offset": {
                              "op": "+",
                              "lhs": 0,
                              "rhs": 0,
                              "loc": "3:29-43"
                            },
                            "size": 4,
                            "loc": "3:29-43"
                          },
                          "rhs": 28,
                          "loc": "3:29-43"
                        },
                        "rhs": 6
                      }
                    ],
                    "loc": "3:29-43"
                  }
                ],
                "loc": "3:29-43"
              }
            ],
            "loc": "3:29-43"
          },
          "loc": "3:29-43"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-9"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
