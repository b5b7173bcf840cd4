import{i as e,n as t,r as n}from"./rolldown-runtime-6EMuh_P4.js";import{$ as r,A as i,D as a,E as o,F as s,M as c,N as l,O as u,P as d,S as f,X as p,Z as m,j as h,k as g,nt as _,q as v,rt as y,t as b,w as x,z as S}from"./chain-p_s4nlBG.js";import{s as C}from"./index-l9Jk5yY8.js";var ee=`-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol"`,te={rounded:`SFRounded, ui-rounded, "SF Pro Rounded", ${ee}`,system:ee},w={large:{actionButton:`9999px`,connectButton:`12px`,modal:`24px`,modalMobile:`28px`},medium:{actionButton:`10px`,connectButton:`8px`,modal:`16px`,modalMobile:`18px`},none:{actionButton:`0px`,connectButton:`0px`,modal:`0px`,modalMobile:`0px`},small:{actionButton:`4px`,connectButton:`4px`,modal:`8px`,modalMobile:`8px`}},ne={large:{modalOverlay:`blur(20px)`},none:{modalOverlay:`blur(0px)`},small:{modalOverlay:`blur(4px)`}},re=({borderRadius:e=`large`,fontStack:t=`rounded`,overlayBlur:n=`none`})=>({blurs:{modalOverlay:ne[n].modalOverlay},fonts:{body:te[t]},radii:{actionButton:w[e].actionButton,connectButton:w[e].connectButton,menuButton:w[e].connectButton,modal:w[e].modal,modalMobile:w[e].modalMobile}}),ie={blue:{accentColor:`#0E76FD`,accentColorForeground:`#FFF`},green:{accentColor:`#1DB847`,accentColorForeground:`#FFF`},orange:{accentColor:`#FF801F`,accentColorForeground:`#FFF`},pink:{accentColor:`#FF5CA0`,accentColorForeground:`#FFF`},purple:{accentColor:`#5F5AFA`,accentColorForeground:`#FFF`},red:{accentColor:`#FA423C`,accentColorForeground:`#FFF`}},ae=ie.blue,T=({accentColor:e=ae.accentColor,accentColorForeground:t=ae.accentColorForeground,...n}={})=>({...re(n),colors:{accentColor:e,accentColorForeground:t,actionButtonBorder:`rgba(0, 0, 0, 0.04)`,actionButtonBorderMobile:`rgba(0, 0, 0, 0.06)`,actionButtonSecondaryBackground:`rgba(0, 0, 0, 0.06)`,closeButton:`rgba(60, 66, 66, 0.8)`,closeButtonBackground:`rgba(0, 0, 0, 0.06)`,connectButtonBackground:`#FFF`,connectButtonBackgroundError:`#FF494A`,connectButtonInnerBackground:`linear-gradient(0deg, rgba(0, 0, 0, 0.03), rgba(0, 0, 0, 0.06))`,connectButtonText:`#25292E`,connectButtonTextError:`#FFF`,connectionIndicator:`#30E000`,downloadBottomCardBackground:`linear-gradient(126deg, rgba(255, 255, 255, 0) 9.49%, rgba(171, 171, 171, 0.04) 71.04%), #FFFFFF`,downloadTopCardBackground:`linear-gradient(126deg, rgba(171, 171, 171, 0.2) 9.49%, rgba(255, 255, 255, 0) 71.04%), #FFFFFF`,error:`#FF494A`,generalBorder:`rgba(0, 0, 0, 0.06)`,generalBorderDim:`rgba(0, 0, 0, 0.03)`,menuItemBackground:`rgba(60, 66, 66, 0.1)`,modalBackdrop:`rgba(0, 0, 0, 0.3)`,modalBackground:`#FFF`,modalBorder:`transparent`,modalText:`#25292E`,modalTextDim:`rgba(60, 66, 66, 0.3)`,modalTextSecondary:`rgba(60, 66, 66, 0.6)`,profileAction:`#FFF`,profileActionHover:`rgba(255, 255, 255, 0.5)`,profileForeground:`rgba(60, 66, 66, 0.06)`,selectedOptionBorder:`rgba(60, 66, 66, 0.1)`,standby:`#FFD641`},shadows:{connectButton:`0px 4px 12px rgba(0, 0, 0, 0.1)`,dialog:`0px 8px 32px rgba(0, 0, 0, 0.32)`,profileDetailsAction:`0px 2px 6px rgba(37, 41, 46, 0.04)`,selectedOption:`0px 2px 6px rgba(0, 0, 0, 0.24)`,selectedWallet:`0px 2px 6px rgba(0, 0, 0, 0.12)`,walletLogo:`0px 2px 16px rgba(0, 0, 0, 0.16)`}});T.accentColors=ie;var E=`{
  "connect_wallet": {
    "label": "Connect Wallet",
    "wrong_network": {
      "label": "Wrong network"
    }
  },

  "intro": {
    "title": "What is a Wallet?",
    "description": "A wallet is used to send, receive, store, and display digital assets. It's also a new way to log in, without needing to create new accounts and passwords on every website.",
    "digital_asset": {
      "title": "A Home for your Digital Assets",
      "description": "Wallets are used to send, receive, store, and display digital assets like Ethereum and NFTs."
    },
    "login": {
      "title": "A New Way to Log In",
      "description": "Instead of creating new accounts and passwords on every website, just connect your wallet."
    },
    "get": {
      "label": "Get a Wallet"
    },
    "learn_more": {
      "label": "Learn More"
    }
  },

  "sign_in": {
    "label": "Verify your account",
    "description": "To finish connecting, you must sign a message in your wallet to verify that you are the owner of this account.",
    "message": {
      "send": "Sign message",
      "preparing": "Preparing message...",
      "cancel": "Cancel",
      "preparing_error": "Error preparing message, please retry!"
    },
    "signature": {
      "waiting": "Waiting for signature...",
      "verifying": "Verifying signature...",
      "signing_error": "Error signing message, please retry!",
      "verifying_error": "Error verifying signature, please retry!",
      "oops_error": "Oops, something went wrong!"
    }
  },

  "connect": {
    "label": "Connect",
    "title": "Connect a Wallet",
    "new_to_ethereum": {
      "description": "New to Ethereum wallets?",
      "learn_more": {
        "label": "Learn More"
      }
    },
    "learn_more": {
      "label": "Learn more"
    },
    "recent": "Recent",
    "status": {
      "opening": "Opening %{wallet}...",
      "connecting": "Connecting",
      "connect_mobile": "Continue in %{wallet}",
      "not_installed": "%{wallet} is not installed",
      "not_available": "%{wallet} is not available",
      "confirm": "Confirm connection in the extension",
      "confirm_mobile": "Accept connection request in the wallet"
    },
    "secondary_action": {
      "get": {
        "description": "Don't have %{wallet}?",
        "label": "GET"
      },
      "install": {
        "label": "INSTALL"
      },
      "retry": {
        "label": "RETRY"
      }
    },
    "walletconnect": {
      "description": {
        "full": "Need the official WalletConnect modal?",
        "compact": "Need the WalletConnect modal?"
      },
      "open": {
        "label": "OPEN"
      }
    }
  },

  "connect_scan": {
    "title": "Scan with %{wallet}",
    "fallback_title": "Scan with your phone"
  },

  "connector_group": {
    "installed": "Installed",
    "recommended": "Recommended",
    "other": "Other",
    "popular": "Popular",
    "more": "More",
    "others": "Others"
  },

  "get": {
    "title": "Get a Wallet",
    "action": {
      "label": "GET"
    },
    "mobile": {
      "description": "Mobile Wallet"
    },
    "extension": {
      "description": "Browser Extension"
    },
    "mobile_and_extension": {
      "description": "Mobile Wallet and Extension"
    },
    "mobile_and_desktop": {
      "description": "Mobile and Desktop Wallet"
    },
    "looking_for": {
      "title": "Not what you're looking for?",
      "mobile": {
        "description": "Select a wallet on the main screen to get started with a different wallet provider."
      },
      "desktop": {
        "compact_description": "Select a wallet on the main screen to get started with a different wallet provider.",
        "wide_description": "Select a wallet on the left to get started with a different wallet provider."
      }
    }
  },

  "get_options": {
    "title": "Get started with %{wallet}",
    "short_title": "Get %{wallet}",
    "mobile": {
      "title": "%{wallet} for Mobile",
      "description": "Use the mobile wallet to explore the world of Ethereum.",
      "download": {
        "label": "Get the app"
      }
    },
    "extension": {
      "title": "%{wallet} for %{browser}",
      "description": "Access your wallet right from your favorite web browser.",
      "download": {
        "label": "Add to %{browser}"
      }
    },
    "desktop": {
      "title": "%{wallet} for %{platform}",
      "description": "Access your wallet natively from your powerful desktop.",
      "download": {
        "label": "Add to %{platform}"
      }
    }
  },

  "get_mobile": {
    "title": "Install %{wallet}",
    "description": "Scan with your phone to download on iOS or Android",
    "continue": {
      "label": "Continue"
    }
  },

  "get_instructions": {
    "mobile": {
      "connect": {
        "label": "Connect"
      },
      "learn_more": {
        "label": "Learn More"
      }
    },
    "extension": {
      "refresh": {
        "label": "Refresh"
      },
      "learn_more": {
        "label": "Learn More"
      }
    },
    "desktop": {
      "connect": {
        "label": "Connect"
      },
      "learn_more": {
        "label": "Learn More"
      }
    }
  },

  "chains": {
    "title": "Switch Networks",
    "wrong_network": "Wrong network detected, switch or disconnect to continue.",
    "confirm": "Confirm in Wallet",
    "switching_not_supported": "Your wallet does not support switching networks from %{appName}. Try switching networks from within your wallet instead.",
    "switching_not_supported_fallback": "Your wallet does not support switching networks from this app. Try switching networks from within your wallet instead.",
    "disconnect": "Disconnect",
    "connected": "Connected"
  },

  "profile": {
    "disconnect": {
      "label": "Disconnect"
    },
    "copy_address": {
      "label": "Copy Address",
      "copied": "Copied!"
    },
    "explorer": {
      "label": "View more on explorer"
    },
    "transactions": {
      "description": "%{appName} transactions will appear here...",
      "description_fallback": "Your transactions will appear here...",
      "recent": {
        "title": "Recent Transactions"
      },
      "clear": {
        "label": "Clear All"
      }
    }
  },

  "wallet_connectors": {
    "ready": {
      "qr_code": {
        "step1": {
          "description": "Add Ready to your home screen for faster access to your wallet.",
          "title": "Open the Ready app"
        },
        "step2": {
          "description": "Create a wallet and username, or import an existing wallet.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the Scan QR button"
        }
      }
    },

    "berasig": {
      "extension": {
        "step1": {
          "title": "Install the BeraSig extension",
          "description": "We recommend pinning BeraSig to your taskbar for easier access to your wallet."
        },
        "step2": {
          "title": "Create a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "best": {
      "qr_code": {
        "step1": {
          "title": "Open the Best Wallet app",
          "description": "Add Best Wallet to your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the QR icon and scan",
          "description": "Tap the QR icon on your homescreen, scan the code and confirm the prompt to connect."
        }
      }
    },

    "bifrost": {
      "qr_code": {
        "step1": {
          "description": "We recommend putting Bifrost Wallet on your home screen for quicker access.",
          "title": "Open the Bifrost Wallet app"
        },
        "step2": {
          "description": "Create or import a wallet using your recovery phrase.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the scan button"
        }
      }
    },

    "bitget": {
      "qr_code": {
        "step1": {
          "description": "We recommend putting Bitget Wallet on your home screen for quicker access.",
          "title": "Open the Bitget Wallet app"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the scan button"
        }
      },

      "extension": {
        "step1": {
          "description": "We recommend pinning Bitget Wallet to your taskbar for quicker access to your wallet.",
          "title": "Install the Bitget Wallet extension"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      }
    },

    "bitski": {
      "extension": {
        "step1": {
          "description": "We recommend pinning Bitski to your taskbar for quicker access to your wallet.",
          "title": "Install the Bitski extension"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      }
    },

    "bitverse": {
      "qr_code": {
        "step1": {
          "title": "Open the Bitverse Wallet app",
          "description": "Add Bitverse Wallet to your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the QR icon and scan",
          "description": "Tap the QR icon on your homescreen, scan the code and confirm the prompt to connect."
        }
      }
    },

    "bloom": {
      "desktop": {
        "step1": {
          "title": "Open the Bloom Wallet app",
          "description": "We recommend putting Bloom Wallet on your home screen for quicker access."
        },
        "step2": {
          "description": "Create or import a wallet using your recovery phrase.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you have a wallet, click on Connect to connect via Bloom. A connection prompt in the app will appear for you to confirm the connection.",
          "title": "Click on Connect"
        }
      }
    },

    "bybit": {
      "qr_code": {
        "step1": {
          "description": "We recommend putting Bybit on your home screen for faster access to your wallet.",
          "title": "Open the Bybit app"
        },
        "step2": {
          "description": "You can easily backup your wallet using our backup feature on your phone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the scan button"
        }
      },

      "extension": {
        "step1": {
          "description": "Click at the top right of your browser and pin Bybit Wallet for easy access.",
          "title": "Install the Bybit Wallet extension"
        },
        "step2": {
          "description": "Create a new wallet or import an existing one.",
          "title": "Create or Import a wallet"
        },
        "step3": {
          "description": "Once you set up Bybit Wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      }
    },

    "binance": {
      "qr_code": {
        "step1": {
          "description": "We recommend putting Binance on your home screen for faster access to your wallet.",
          "title": "Open the Binance app"
        },
        "step2": {
          "description": "You can easily backup your wallet using our backup feature on your phone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the WalletConnect button"
        }
      },
      "extension": {
        "step1": {
          "title": "Install the Binance Wallet extension",
          "description": "We recommend pinning Binance Wallet to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "coin98": {
      "qr_code": {
        "step1": {
          "description": "We recommend putting Coin98 Wallet on your home screen for faster access to your wallet.",
          "title": "Open the Coin98 Wallet app"
        },
        "step2": {
          "description": "You can easily backup your wallet using our backup feature on your phone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the WalletConnect button"
        }
      },

      "extension": {
        "step1": {
          "description": "Click at the top right of your browser and pin Coin98 Wallet for easy access.",
          "title": "Install the Coin98 Wallet extension"
        },
        "step2": {
          "description": "Create a new wallet or import an existing one.",
          "title": "Create or Import a wallet"
        },
        "step3": {
          "description": "Once you set up Coin98 Wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      }
    },

    "coinbase": {
      "qr_code": {
        "step1": {
          "description": "We recommend putting Coinbase Wallet on your home screen for quicker access.",
          "title": "Open the Coinbase Wallet app"
        },
        "step2": {
          "description": "You can easily backup your wallet using the cloud backup feature.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the scan button"
        }
      },

      "extension": {
        "step1": {
          "description": "We recommend pinning Coinbase Wallet to your taskbar for quicker access to your wallet.",
          "title": "Install the Coinbase Wallet extension"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      }
    },

    "compass": {
      "extension": {
        "step1": {
          "description": "We recommend pinning Compass Wallet to your taskbar for quicker access to your wallet.",
          "title": "Install the Compass Wallet extension"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      }
    },

    "core": {
      "qr_code": {
        "step1": {
          "description": "We recommend putting Core on your home screen for faster access to your wallet.",
          "title": "Open the Core app"
        },
        "step2": {
          "description": "You can easily backup your wallet using our backup feature on your phone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the WalletConnect button"
        }
      },

      "extension": {
        "step1": {
          "description": "We recommend pinning Core to your taskbar for quicker access to your wallet.",
          "title": "Install the Core extension"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      }
    },

    "fox": {
      "qr_code": {
        "step1": {
          "description": "We recommend putting FoxWallet on your home screen for quicker access.",
          "title": "Open the FoxWallet app"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the scan button"
        }
      }
    },

    "frontier": {
      "qr_code": {
        "step1": {
          "description": "We recommend putting Frontier Wallet on your home screen for quicker access.",
          "title": "Open the Frontier Wallet app"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the scan button"
        }
      },

      "extension": {
        "step1": {
          "description": "We recommend pinning Frontier Wallet to your taskbar for quicker access to your wallet.",
          "title": "Install the Frontier Wallet extension"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      }
    },

    "im_token": {
      "qr_code": {
        "step1": {
          "title": "Open the imToken app",
          "description": "Put imToken app on your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap Scanner Icon in top right corner",
          "description": "Choose New Connection, then scan the QR code and confirm the prompt to connect."
        }
      }
    },

    "iopay": {
      "qr_code": {
        "step1": {
          "description": "We recommend putting ioPay on your home screen for faster access to your wallet.",
          "title": "Open the ioPay app"
        },
        "step2": {
          "description": "You can easily backup your wallet using our backup feature on your phone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the WalletConnect button"
        }
      }
    },

    "kaikas": {
      "extension": {
        "step1": {
          "description": "We recommend pinning Kaikas to your taskbar for quicker access to your wallet.",
          "title": "Install the Kaikas extension"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      },
      "qr_code": {
        "step1": {
          "title": "Open the Kaikas app",
          "description": "Put Kaikas app on your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap Scanner Icon in top right corner",
          "description": "Choose New Connection, then scan the QR code and confirm the prompt to connect."
        }
      }
    },

    "kaia": {
      "extension": {
        "step1": {
          "description": "We recommend pinning Kaia to your taskbar for quicker access to your wallet.",
          "title": "Install the Kaia extension"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      },
      "qr_code": {
        "step1": {
          "title": "Open the Kaia app",
          "description": "Put Kaia app on your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap Scanner Icon in top right corner",
          "description": "Choose New Connection, then scan the QR code and confirm the prompt to connect."
        }
      }
    },

    "kraken": {
      "qr_code": {
        "step1": {
          "title": "Open the Kraken Wallet app",
          "description": "Add Kraken Wallet to your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the QR icon and scan",
          "description": "Tap the QR icon on your homescreen, scan the code and confirm the prompt to connect."
        }
      }
    },

    "kresus": {
      "qr_code": {
        "step1": {
          "title": "Open the Kresus Wallet app",
          "description": "Add Kresus Wallet to your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the QR icon and scan",
          "description": "Tap the QR icon on your homescreen, scan the code and confirm the prompt to connect."
        }
      }
    },

    "magicEden": {
      "extension": {
        "step1": {
          "title": "Install the Magic Eden extension",
          "description": "We recommend pinning Magic Eden to your taskbar for easier access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret recovery phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "metamask": {
      "qr_code": {
        "step1": {
          "title": "Open the MetaMask app",
          "description": "We recommend putting MetaMask on your home screen for quicker access."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Tap the scan button",
          "description": "After you scan, a connection prompt will appear for you to connect your wallet."
        }
      },

      "extension": {
        "step1": {
          "title": "Install the MetaMask extension",
          "description": "We recommend pinning MetaMask to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "nestwallet": {
      "extension": {
        "step1": {
          "title": "Install the NestWallet extension",
          "description": "We recommend pinning NestWallet to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "okx": {
      "qr_code": {
        "step1": {
          "title": "Open the OKX Wallet app",
          "description": "We recommend putting OKX Wallet on your home screen for quicker access."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Tap the scan button",
          "description": "After you scan, a connection prompt will appear for you to connect your wallet."
        }
      },

      "extension": {
        "step1": {
          "title": "Install the OKX Wallet extension",
          "description": "We recommend pinning OKX Wallet to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "omni": {
      "qr_code": {
        "step1": {
          "title": "Open the Omni app",
          "description": "Add Omni to your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the QR icon and scan",
          "description": "Tap the QR icon on your home screen, scan the code and confirm the prompt to connect."
        }
      }
    },

    "1inch": {
      "qr_code": {
        "step1": {
          "description": "Put 1inch Wallet on your home screen for faster access to your wallet.",
          "title": "Open the 1inch Wallet app"
        },
        "step2": {
          "description": "Create a wallet and username, or import an existing wallet.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the Scan QR button"
        }
      }
    },

    "token_pocket": {
      "qr_code": {
        "step1": {
          "title": "Open the TokenPocket app",
          "description": "We recommend putting TokenPocket on your home screen for quicker access."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Tap the scan button",
          "description": "After you scan, a connection prompt will appear for you to connect your wallet."
        }
      },

      "extension": {
        "step1": {
          "title": "Install the TokenPocket extension",
          "description": "We recommend pinning TokenPocket to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "trust": {
      "qr_code": {
        "step1": {
          "title": "Open the Trust Wallet app",
          "description": "Put Trust Wallet on your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap WalletConnect in Settings",
          "description": "Choose New Connection, then scan the QR code and confirm the prompt to connect."
        }
      },

      "extension": {
        "step1": {
          "title": "Install the Trust Wallet extension",
          "description": "Click at the top right of your browser and pin Trust Wallet for easy access."
        },
        "step2": {
          "title": "Create or Import a wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up Trust Wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "uniswap": {
      "qr_code": {
        "step1": {
          "title": "Open the Uniswap app",
          "description": "Add Uniswap Wallet to your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the QR icon and scan",
          "description": "Tap the QR icon on your homescreen, scan the code and confirm the prompt to connect."
        }
      }
    },

    "zerion": {
      "qr_code": {
        "step1": {
          "title": "Open the Zerion app",
          "description": "We recommend putting Zerion on your home screen for quicker access."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Tap the scan button",
          "description": "After you scan, a connection prompt will appear for you to connect your wallet."
        }
      },

      "extension": {
        "step1": {
          "title": "Install the Zerion extension",
          "description": "We recommend pinning Zerion to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "rainbow": {
      "qr_code": {
        "step1": {
          "title": "Open the Rainbow app",
          "description": "We recommend putting Rainbow on your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "You can easily backup your wallet using our backup feature on your phone."
        },
        "step3": {
          "title": "Tap the scan button",
          "description": "After you scan, a connection prompt will appear for you to connect your wallet."
        }
      }
    },

    "enkrypt": {
      "extension": {
        "step1": {
          "description": "We recommend pinning Enkrypt Wallet to your taskbar for quicker access to your wallet.",
          "title": "Install the Enkrypt Wallet extension"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      }
    },

    "frame": {
      "extension": {
        "step1": {
          "description": "We recommend pinning Frame to your taskbar for quicker access to your wallet.",
          "title": "Install Frame & the companion extension"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      }
    },

    "one_key": {
      "extension": {
        "step1": {
          "title": "Install the OneKey Wallet extension",
          "description": "We recommend pinning OneKey Wallet to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "paraswap": {
      "qr_code": {
        "step1": {
          "title": "Open the ParaSwap app",
          "description": "Add ParaSwap Wallet to your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the QR icon and scan",
          "description": "Tap the QR icon on your homescreen, scan the code and confirm the prompt to connect."
        }
      }
    },

    "phantom": {
      "extension": {
        "step1": {
          "title": "Install the Phantom extension",
          "description": "We recommend pinning Phantom to your taskbar for easier access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret recovery phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "rabby": {
      "extension": {
        "step1": {
          "title": "Install the Rabby extension",
          "description": "We recommend pinning Rabby to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "ronin": {
      "qr_code": {
        "step1": {
          "description": "We recommend putting Ronin Wallet on your home screen for quicker access.",
          "title": "Open the Ronin Wallet app"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the scan button"
        }
      },

      "extension": {
        "step1": {
          "description": "We recommend pinning Ronin Wallet to your taskbar for quicker access to your wallet.",
          "title": "Install the Ronin Wallet extension"
        },
        "step2": {
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension.",
          "title": "Refresh your browser"
        }
      }
    },

    "ramper": {
      "extension": {
        "step1": {
          "title": "Install the Ramper extension",
          "description": "We recommend pinning Ramper to your taskbar for easier access to your wallet."
        },
        "step2": {
          "title": "Create a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "safeheron": {
      "extension": {
        "step1": {
          "title": "Install the Core extension",
          "description": "We recommend pinning Safeheron to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "taho": {
      "extension": {
        "step1": {
          "title": "Install the Taho extension",
          "description": "We recommend pinning Taho to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "wigwam": {
      "extension": {
        "step1": {
          "title": "Install the Wigwam extension",
          "description": "We recommend pinning Wigwam to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "talisman": {
      "extension": {
        "step1": {
          "title": "Install the Talisman extension",
          "description": "We recommend pinning Talisman to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import an Ethereum Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your recovery phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "ctrl": {
      "extension": {
        "step1": {
          "title": "Install the CTRL Wallet extension",
          "description": "We recommend pinning CTRL Wallet to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "zeal": {
      "qr_code": {
        "step1": {
          "title": "Open the Zeal app",
          "description": "Add Zeal Wallet to your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the QR icon and scan",
          "description": "Tap the QR icon on your homescreen, scan the code and confirm the prompt to connect."
        }
      },
      "extension": {
        "step1": {
          "title": "Install the Zeal extension",
          "description": "We recommend pinning Zeal to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "safepal": {
      "extension": {
        "step1": {
          "title": "Install the SafePal Wallet extension",
          "description": "Click at the top right of your browser and pin SafePal Wallet for easy access."
        },
        "step2": {
          "title": "Create or Import a wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up SafePal Wallet, click below to refresh the browser and load up the extension."
        }
      },
      "qr_code": {
        "step1": {
          "title": "Open the SafePal Wallet app",
          "description": "Put SafePal Wallet on your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap WalletConnect in Settings",
          "description": "Choose New Connection, then scan the QR code and confirm the prompt to connect."
        }
      }
    },

    "desig": {
      "extension": {
        "step1": {
          "title": "Install the Desig extension",
          "description": "We recommend pinning Desig to your taskbar for easier access to your wallet."
        },
        "step2": {
          "title": "Create a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "subwallet": {
      "extension": {
        "step1": {
          "title": "Install the SubWallet extension",
          "description": "We recommend pinning SubWallet to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your recovery phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      },
      "qr_code": {
        "step1": {
          "title": "Open the SubWallet app",
          "description": "We recommend putting SubWallet on your home screen for quicker access."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Tap the scan button",
          "description": "After you scan, a connection prompt will appear for you to connect your wallet."
        }
      }
    },

    "clv": {
      "extension": {
        "step1": {
          "title": "Install the CLV Wallet extension",
          "description": "We recommend pinning CLV Wallet to your taskbar for quicker access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      },
      "qr_code": {
        "step1": {
          "title": "Open the CLV Wallet app",
          "description": "We recommend putting CLV Wallet on your home screen for quicker access."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret phrase with anyone."
        },
        "step3": {
          "title": "Tap the scan button",
          "description": "After you scan, a connection prompt will appear for you to connect your wallet."
        }
      }
    },

    "okto": {
      "qr_code": {
        "step1": {
          "title": "Open the Okto app",
          "description": "Add Okto to your home screen for quick access"
        },
        "step2": {
          "title": "Create an MPC Wallet",
          "description": "Create an account and generate a wallet"
        },
        "step3": {
          "title": "Tap WalletConnect in Settings",
          "description": "Tap the Scan QR icon at the top right and confirm the prompt to connect."
        }
      }
    },

    "ledger": {
      "desktop": {
        "step1": {
          "title": "Open the Ledger Live app",
          "description": "We recommend putting Ledger Live on your home screen for quicker access."
        },
        "step2": {
          "title": "Set up your Ledger",
          "description": "Set up a new Ledger or connect to an existing one."
        },
        "step3": {
          "title": "Connect",
          "description": "A connection prompt will appear for you to connect your wallet."
        }
      },
      "qr_code": {
        "step1": {
          "title": "Open the Ledger Live app",
          "description": "We recommend putting Ledger Live on your home screen for quicker access."
        },
        "step2": {
          "title": "Set up your Ledger",
          "description": "You can either sync with the desktop app or connect your Ledger."
        },
        "step3": {
          "title": "Scan the code",
          "description": "Tap WalletConnect then Switch to Scanner. After you scan, a connection prompt will appear for you to connect your wallet."
        }
      }
    },

    "valora": {
      "qr_code": {
        "step1": {
          "title": "Open the Valora app",
          "description": "We recommend putting Valora on your home screen for quicker access."
        },
        "step2": {
          "title": "Create or import a wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the scan button",
          "description": "After you scan, a connection prompt will appear for you to connect your wallet."
        }
      }
    },

    "gate": {
      "qr_code": {
        "step1": {
          "title": "Open the Gate app",
          "description": "We recommend putting Gate on your home screen for quicker access."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the scan button",
          "description": "After you scan, a connection prompt will appear for you to connect your wallet."
        }
      },
      "extension": {
        "step1": {
          "title": "Install the Gate extension",
          "description": "We recommend pinning Gate to your taskbar for easier access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Be sure to back up your wallet using a secure method. Never share your secret recovery phrase with anyone."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you set up your wallet, click below to refresh the browser and load up the extension."
        }
      }
    },

    "gemini": {
      "qr_code": {
        "step1": {
          "title": "Open keys.gemini.com",
          "description": "Visit keys.gemini.com on your mobile browser - no app download required."
        },
        "step2": {
          "title": "Create Your Wallet Instantly",
          "description": "Set up your smart wallet in seconds using your device's built-in authentication."
        },
        "step3": {
          "title": "Scan to Connect",
          "description": "Scan the QR code to instantly connect your wallet - it just works."
        }
      },
      "extension": {
        "step1": {
          "title": "Go to keys.gemini.com",
          "description": "No extensions or downloads needed - your wallet lives securely in the browser."
        },
        "step2": {
          "title": "One-Click Setup",
          "description": "Create your smart wallet instantly with passkey authentication - easier than any wallet out there."
        },
        "step3": {
          "title": "Connect and Go",
          "description": "Approve the connection and you're ready - the unopinionated wallet that just works."
        }
      }
    },

    "xportal": {
      "qr_code": {
        "step1": {
          "description": "Put xPortal on your home screen for faster access to your wallet.",
          "title": "Open the xPortal app"
        },
        "step2": {
          "description": "Create a wallet or import an existing one.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the Scan QR button"
        }
      }
    },

    "mew": {
      "qr_code": {
        "step1": {
          "description": "We recommend putting MEW Wallet on your home screen for quicker access.",
          "title": "Open the MEW Wallet app"
        },
        "step2": {
          "description": "You can easily backup your wallet using the cloud backup feature.",
          "title": "Create or Import a Wallet"
        },
        "step3": {
          "description": "After you scan, a connection prompt will appear for you to connect your wallet.",
          "title": "Tap the scan button"
        }
      }
    },

    "zilpay": {
      "qr_code": {
        "step1": {
          "title": "Open the ZilPay app",
          "description": "Add ZilPay to your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the scan button",
          "description": "After you scan, a connection prompt will appear for you to connect your wallet."
        }
      }
    },

    "nova": {
      "qr_code": {
        "step1": {
          "title": "Open the Nova Wallet app",
          "description": "Add Nova Wallet to your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the scan button",
          "description": "After you scan, a connection prompt will appear for you to connect your wallet."
        }
      }
    },

    "meco": {
      "qr_code": {
        "step1": {
          "title": "Open the MeCo Wallet app",
          "description": "Put MeCo Wallet on your home screen for faster access to your wallet."
        },
        "step2": {
          "title": "Create or Import a Wallet",
          "description": "Create a new wallet or import an existing one."
        },
        "step3": {
          "title": "Tap the scan button",
          "description": "After you scan, a connection prompt will appear for you to connect your wallet."
        }
      }
    },

    "anchorage_digital": {
      "extension": {
        "step1": {
          "title": "Install the Anchorage Digital extension",
          "description": "We recommend pinning Anchorage Digital to your taskbar for easier access to your wallet."
        },
        "step2": {
          "title": "Scan the QR code to login",
          "description": "Securely connect your organization's wallets to dApps with institutional-grade security."
        },
        "step3": {
          "title": "Refresh your browser",
          "description": "Once you log in, click below to refresh the browser and load up the extension."
        }
      }
    }
  }
}
`;function D(e,t){return Object.defineProperty(e,"__recipe__",{value:t,writable:!1}),e}var O=e(y());function oe(e){var{conditions:t}=e;if(!t)throw Error(`Styles have no conditions`);function n(e){if(typeof e==`string`||typeof e==`number`||typeof e==`boolean`){if(!t.defaultCondition)throw Error(`No default condition`);return{[t.defaultCondition]:e}}if(Array.isArray(e)){if(!(`responsiveArray`in t))throw Error(`Responsive arrays are not supported`);var n={};for(var r in t.responsiveArray)e[r]!=null&&(n[t.responsiveArray[r]]=e[r]);return n}return e}return D(n,{importPath:`@vanilla-extract/sprinkles/createUtils`,importName:`createNormalizeValueFn`,args:[{conditions:e.conditions}]})}function se(e){var{conditions:t}=e;if(!t)throw Error(`Styles have no conditions`);var n=oe(e);function r(e,r){if(typeof e==`string`||typeof e==`number`||typeof e==`boolean`){if(!t.defaultCondition)throw Error(`No default condition`);return r(e,t.defaultCondition)}var i=Array.isArray(e)?n(e):e,a={};for(var o in i)i[o]!=null&&(a[o]=r(i[o],o));return a}return D(r,{importPath:`@vanilla-extract/sprinkles/createUtils`,importName:`createMapValueFn`,args:[{conditions:e.conditions}]})}function ce(e,t){if(typeof e!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t||`default`);if(typeof r!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function le(e){var t=ce(e,`string`);return typeof t==`symbol`?t:String(t)}function ue(e,t,n){return t=le(t),t in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function de(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function fe(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?de(Object(n),!0).forEach(function(t){ue(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):de(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}var pe=e=>function(){var t=Object.assign({},...[...arguments].map(e=>e.styles)),n=Object.keys(t),r=n.filter(e=>`mappings`in t[e]);return Object.assign(n=>{var i=[],a={},o=fe({},n),s=!1;for(var c of r){var l=n[c];if(l!=null){var u=t[c];s=!0;for(var d of u.mappings)a[d]=l,o[d]??delete o[d]}}var f=s?fe(fe({},a),o):n,p=function(){var e=f[m],n=t[m];try{if(n.mappings)return 1;if(typeof e==`string`||typeof e==`number`)i.push(n.values[e].defaultClass);else if(Array.isArray(e))for(var r=0;r<e.length;r++){var a=e[r];if(a!=null){var o=n.responsiveArray[r];i.push(n.values[a].conditions[o])}}else for(var s in e){var c=e[s];c!=null&&i.push(n.values[c].conditions[s])}}catch(e){throw e}};for(var m in f)if(p())continue;return e(i.join(` `))},{properties:new Set(n)})},me=e=>e,he=function(){return pe(me)(...arguments)};function ge(e){var t,n,r=``;if(typeof e==`string`||typeof e==`number`)r+=e;else if(typeof e==`object`){if(Array.isArray(e)){var i=e.length;for(t=0;t<i;t++)e[t]&&(n=ge(e[t]))&&(r&&(r+=` `),r+=n)}else for(n in e)e[n]&&(r&&(r+=` `),r+=n)}return r}function _e(){for(var e,t,n=0,r=``,i=arguments.length;n<i;n++)(e=arguments[n])&&(t=ge(e))&&(r&&(r+=` `),r+=t);return r}function ve(e,t){var n={};for(var r in e)Object.prototype.hasOwnProperty.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&typeof Object.getOwnPropertySymbols==`function`)for(var i=0,r=Object.getOwnPropertySymbols(e);i<r.length;i++)t.indexOf(r[i])<0&&Object.prototype.propertyIsEnumerable.call(e,r[i])&&(n[r[i]]=e[r[i]]);return n}function ye(e,t,n){if(n||arguments.length===2)for(var r=0,i=t.length,a;r<i;r++)(a||!(r in t))&&(a||=Array.prototype.slice.call(t,0,r),a[r]=t[r]);return e.concat(a||Array.prototype.slice.call(t))}var k,be=t((()=>{k=function(){return k=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},k.apply(this,arguments)}})),xe=`right-scroll-bar-position`,Se=`width-before-scroll-bar`,Ce=`with-scroll-bars-hidden`,we=`--removed-body-scroll-bar-size`;function Te(e,t){return typeof e==`function`?e(t):e&&(e.current=t),e}function Ee(e,t){var n=(0,O.useState)(function(){return{value:e,callback:t,facade:{get current(){return n.value},set current(e){var t=n.value;t!==e&&(n.value=e,n.callback(e,t))}}}})[0];return n.callback=t,n.facade}var De=typeof window<`u`?O.useLayoutEffect:O.useEffect,Oe=new WeakMap;function ke(e,t){var n=Ee(t||null,function(t){return e.forEach(function(e){return Te(e,t)})});return De(function(){var t=Oe.get(n);if(t){var r=new Set(t),i=new Set(e),a=n.current;r.forEach(function(e){i.has(e)||Te(e,null)}),i.forEach(function(e){r.has(e)||Te(e,a)})}Oe.set(n,e)},[e]),n}be();function Ae(e){return e}function je(e,t){t===void 0&&(t=Ae);var n=[],r=!1;return{read:function(){if(r)throw Error("Sidecar: could not `read` from an `assigned` medium. `read` could be used only with `useMedium`.");return n.length?n[n.length-1]:e},useMedium:function(e){var i=t(e,r);return n.push(i),function(){n=n.filter(function(e){return e!==i})}},assignSyncMedium:function(e){for(r=!0;n.length;){var t=n;n=[],t.forEach(e)}n={push:function(t){return e(t)},filter:function(){return n}}},assignMedium:function(e){r=!0;var t=[];if(n.length){var i=n;n=[],i.forEach(e),t=n}var a=function(){var n=t;t=[],n.forEach(e)},o=function(){return Promise.resolve().then(a)};o(),n={push:function(e){t.push(e),o()},filter:function(e){return t=t.filter(e),n}}}}}function Me(e){e===void 0&&(e={});var t=je(null);return t.options=k({async:!0,ssr:!1},e),t}be();var Ne=function(e){var t=e.sideCar,n=ve(e,[`sideCar`]);if(!t)throw Error("Sidecar: please provide `sideCar` property to import the right car");var r=t.read();if(!r)throw Error(`Sidecar medium not found`);return O.createElement(r,k({},n))};Ne.isSideCarExport=!0;function Pe(e,t){return e.useMedium(t),Ne}var Fe=Me();be();var Ie=function(){},Le=O.forwardRef(function(e,t){var n=O.useRef(null),r=O.useState({onScrollCapture:Ie,onWheelCapture:Ie,onTouchMoveCapture:Ie}),i=r[0],a=r[1],o=e.forwardProps,s=e.children,c=e.className,l=e.removeScrollBar,u=e.enabled,d=e.shards,f=e.sideCar,p=e.noRelative,m=e.noIsolation,h=e.inert,g=e.allowPinchZoom,_=e.as,v=_===void 0?`div`:_,y=e.gapMode,b=ve(e,[`forwardProps`,`children`,`className`,`removeScrollBar`,`enabled`,`shards`,`sideCar`,`noRelative`,`noIsolation`,`inert`,`allowPinchZoom`,`as`,`gapMode`]),x=f,S=ke([n,t]),C=k(k({},b),i);return O.createElement(O.Fragment,null,u&&O.createElement(x,{sideCar:Fe,removeScrollBar:l,shards:d,noRelative:p,noIsolation:m,inert:h,setCallbacks:a,allowPinchZoom:!!g,lockRef:n,gapMode:y}),o?O.cloneElement(O.Children.only(s),k(k({},C),{ref:S})):O.createElement(v,k({},C,{className:c,ref:S}),s))});Le.defaultProps={enabled:!0,removeScrollBar:!0,inert:!1},Le.classNames={fullWidth:Se,zeroRight:xe};var Re=function(){if(typeof __webpack_nonce__<`u`)return __webpack_nonce__};function ze(){if(!document)return null;var e=document.createElement(`style`);e.type=`text/css`;var t=Re();return t&&e.setAttribute(`nonce`,t),e}function Be(e,t){e.styleSheet?e.styleSheet.cssText=t:e.appendChild(document.createTextNode(t))}function Ve(e){(document.head||document.getElementsByTagName(`head`)[0]).appendChild(e)}var He=function(){var e=0,t=null;return{add:function(n){e==0&&(t=ze())&&(Be(t,n),Ve(t)),e++},remove:function(){e--,!e&&t&&(t.parentNode&&t.parentNode.removeChild(t),t=null)}}},Ue=function(){var e=He();return function(t,n){O.useEffect(function(){return e.add(t),function(){e.remove()}},[t&&n])}},We=function(){var e=Ue();return function(t){return e(t.styles,t.dynamic),null}},Ge={left:0,top:0,right:0,gap:0},Ke=function(e){return parseInt(e||``,10)||0},qe=function(e){var t=window.getComputedStyle(document.body),n=t[e===`padding`?`paddingLeft`:`marginLeft`],r=t[e===`padding`?`paddingTop`:`marginTop`],i=t[e===`padding`?`paddingRight`:`marginRight`];return[Ke(n),Ke(r),Ke(i)]},Je=function(e){if(e===void 0&&(e=`margin`),typeof window>`u`)return Ge;var t=qe(e),n=document.documentElement.clientWidth,r=window.innerWidth;return{left:t[0],top:t[1],right:t[2],gap:Math.max(0,r-n+t[2]-t[0])}},Ye=We(),Xe=`data-scroll-locked`,Ze=function(e,t,n,r){var i=e.left,a=e.top,o=e.right,s=e.gap;return n===void 0&&(n=`margin`),`
  .${Ce} {
   overflow: hidden ${r};
   padding-right: ${s}px ${r};
  }
  body[${Xe}] {
    overflow: hidden ${r};
    overscroll-behavior: contain;
    ${[t&&`position: relative ${r};`,n===`margin`&&`
    padding-left: ${i}px;
    padding-top: ${a}px;
    padding-right: ${o}px;
    margin-left:0;
    margin-top:0;
    margin-right: ${s}px ${r};
    `,n===`padding`&&`padding-right: ${s}px ${r};`].filter(Boolean).join(``)}
  }
  
  .${xe} {
    right: ${s}px ${r};
  }
  
  .${Se} {
    margin-right: ${s}px ${r};
  }
  
  .${xe} .${xe} {
    right: 0 ${r};
  }
  
  .${Se} .${Se} {
    margin-right: 0 ${r};
  }
  
  body[${Xe}] {
    ${we}: ${s}px;
  }
`},Qe=function(){var e=parseInt(document.body.getAttribute(`data-scroll-locked`)||`0`,10);return isFinite(e)?e:0},$e=function(){O.useEffect(function(){return document.body.setAttribute(Xe,(Qe()+1).toString()),function(){var e=Qe()-1;e<=0?document.body.removeAttribute(Xe):document.body.setAttribute(Xe,e.toString())}},[])},et=function(e){var t=e.noRelative,n=e.noImportant,r=e.gapMode,i=r===void 0?`margin`:r;$e();var a=O.useMemo(function(){return Je(i)},[i]);return O.createElement(Ye,{styles:Ze(a,!t,i,n?``:`!important`)})},tt=!1;if(typeof window<`u`)try{var nt=Object.defineProperty({},"passive",{get:function(){return tt=!0,!0}});window.addEventListener(`test`,nt,nt),window.removeEventListener(`test`,nt,nt)}catch{tt=!1}var rt=tt?{passive:!1}:!1,it=function(e){return e.tagName===`TEXTAREA`},at=function(e,t){if(!(e instanceof Element))return!1;var n=window.getComputedStyle(e);return n[t]!==`hidden`&&!(n.overflowY===n.overflowX&&!it(e)&&n[t]===`visible`)},ot=function(e){return at(e,`overflowY`)},st=function(e){return at(e,`overflowX`)},ct=function(e,t){var n=t.ownerDocument,r=t;do{if(typeof ShadowRoot<`u`&&r instanceof ShadowRoot&&(r=r.host),dt(e,r)){var i=ft(e,r);if(i[1]>i[2])return!0}r=r.parentNode}while(r&&r!==n.body);return!1},lt=function(e){return[e.scrollTop,e.scrollHeight,e.clientHeight]},ut=function(e){return[e.scrollLeft,e.scrollWidth,e.clientWidth]},dt=function(e,t){return e===`v`?ot(t):st(t)},ft=function(e,t){return e===`v`?lt(t):ut(t)},pt=function(e,t){return e===`h`&&t===`rtl`?-1:1},mt=function(e,t,n,r,i){var a=pt(e,window.getComputedStyle(t).direction),o=a*r,s=n.target,c=t.contains(s),l=!1,u=o>0,d=0,f=0;do{if(!s)break;var p=ft(e,s),m=p[0],h=p[1]-p[2]-a*m;(m||h)&&dt(e,s)&&(d+=h,f+=m);var g=s.parentNode;s=g&&g.nodeType===Node.DOCUMENT_FRAGMENT_NODE?g.host:g}while(!c&&s!==document.body||c&&(t.contains(s)||t===s));return(u&&(i&&Math.abs(d)<1||!i&&o>d)||!u&&(i&&Math.abs(f)<1||!i&&-o>f))&&(l=!0),l};be();var ht=function(e){return`changedTouches`in e?[e.changedTouches[0].clientX,e.changedTouches[0].clientY]:[0,0]},gt=function(e){return[e.deltaX,e.deltaY]},_t=function(e){return e&&`current`in e?e.current:e},vt=function(e,t){return e[0]===t[0]&&e[1]===t[1]},yt=function(e){return`
  .block-interactivity-${e} {pointer-events: none;}
  .allow-interactivity-${e} {pointer-events: all;}
`},bt=0,xt=[];function St(e){var t=O.useRef([]),n=O.useRef([0,0]),r=O.useRef(),i=O.useState(bt++)[0],a=O.useState(We)[0],o=O.useRef(e);O.useEffect(function(){o.current=e},[e]),O.useEffect(function(){if(e.inert){document.body.classList.add(`block-interactivity-${i}`);var t=ye([e.lockRef.current],(e.shards||[]).map(_t),!0).filter(Boolean);return t.forEach(function(e){return e.classList.add(`allow-interactivity-${i}`)}),function(){document.body.classList.remove(`block-interactivity-${i}`),t.forEach(function(e){return e.classList.remove(`allow-interactivity-${i}`)})}}},[e.inert,e.lockRef.current,e.shards]);var s=O.useCallback(function(e,t){if(`touches`in e&&e.touches.length===2||e.type===`wheel`&&e.ctrlKey)return!o.current.allowPinchZoom;var i=ht(e),a=n.current,s=`deltaX`in e?e.deltaX:a[0]-i[0],c=`deltaY`in e?e.deltaY:a[1]-i[1],l,u=e.target,d=Math.abs(s)>Math.abs(c)?`h`:`v`;if(`touches`in e&&d===`h`&&u.type===`range`)return!1;var f=window.getSelection(),p=f&&f.anchorNode;if(p&&(p===u||p.contains(u)))return!1;var m=ct(d,u);if(!m)return!0;if(m?l=d:(l=d===`v`?`h`:`v`,m=ct(d,u)),!m)return!1;if(!r.current&&`changedTouches`in e&&(s||c)&&(r.current=l),!l)return!0;var h=r.current||l;return mt(h,t,e,h===`h`?s:c,!0)},[]),c=O.useCallback(function(e){var n=e;if(xt.length&&xt[xt.length-1]===a){var r=`deltaY`in n?gt(n):ht(n),i=t.current.filter(function(e){return e.name===n.type&&(e.target===n.target||n.target===e.shadowParent)&&vt(e.delta,r)})[0];if(i&&i.should)n.cancelable&&n.preventDefault();else if(!i){var c=(o.current.shards||[]).map(_t).filter(Boolean).filter(function(e){return e.contains(n.target)});(c.length>0?s(n,c[0]):!o.current.noIsolation)&&n.cancelable&&n.preventDefault()}}},[]),l=O.useCallback(function(e,n,r,i){var a={name:e,delta:n,target:r,should:i,shadowParent:Ct(r)};t.current.push(a),setTimeout(function(){t.current=t.current.filter(function(e){return e!==a})},1)},[]),u=O.useCallback(function(e){n.current=ht(e),r.current=void 0},[]),d=O.useCallback(function(t){l(t.type,gt(t),t.target,s(t,e.lockRef.current))},[]),f=O.useCallback(function(t){l(t.type,ht(t),t.target,s(t,e.lockRef.current))},[]);O.useEffect(function(){return xt.push(a),e.setCallbacks({onScrollCapture:d,onWheelCapture:d,onTouchMoveCapture:f}),document.addEventListener(`wheel`,c,rt),document.addEventListener(`touchmove`,c,rt),document.addEventListener(`touchstart`,u,rt),function(){xt=xt.filter(function(e){return e!==a}),document.removeEventListener(`wheel`,c,rt),document.removeEventListener(`touchmove`,c,rt),document.removeEventListener(`touchstart`,u,rt)}},[]);var p=e.removeScrollBar,m=e.inert;return O.createElement(O.Fragment,null,m?O.createElement(a,{styles:yt(i)}):null,p?O.createElement(et,{noRelative:e.noRelative,gapMode:e.gapMode}):null)}function Ct(e){for(var t=null;e!==null;)e instanceof ShadowRoot&&(t=e.host,e=e.host),e=e.parentNode;return t}var wt=Pe(Fe,St);be();var Tt=O.forwardRef(function(e,t){return O.createElement(Le,k({},e,{ref:t,sideCar:wt}))});Tt.classNames=Le.classNames;var Et=C();function Dt(e){var t=e.match(/^var\((.*)\)$/);return t?t[1]:e}function Ot(e,t){var n=e;for(var r of t){if(!(r in n))throw Error(`Path ${t.join(` -> `)} does not exist in object`);n=n[r]}return n}function kt(e,t){var n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:[],r={};for(var i in e){var a=e[i],o=[...n,i];typeof a==`string`||typeof a==`number`||a==null?r[i]=t(a,o):typeof a==`object`&&!Array.isArray(a)?r[i]=kt(a,t,o):console.warn(`Skipping invalid key "${o.join(`.`)}". Should be a string, number, null or object. Received: "${Array.isArray(a)?`Array`:typeof a}"`)}return r}function At(e,t){var n={};if(typeof t==`object`){var r=e;kt(t,(e,t)=>{if(e!=null){var i=Ot(r,t);n[Dt(i)]=String(e)}})}else{var i=e;for(var a in i){var o=i[a];o!=null&&(n[Dt(a)]=o)}}return Object.defineProperty(n,"toString",{value:function(){return Object.keys(this).map(e=>`${e}:${this[e]}`).join(`;`)},writable:!1}),n}var jt=`2.0.10`,Mt=500,Nt=`user-agent`,Pt=``,Ft=`?`,A={FUNCTION:`function`,OBJECT:`object`,STRING:`string`,UNDEFINED:`undefined`},j=`browser`,It=`cpu`,Lt=`device`,Rt=`engine`,M=`os`,zt=`result`,N=`name`,P=`type`,F=`vendor`,I=`version`,L=`architecture`,Bt=`major`,R=`model`,Vt=`console`,z=`mobile`,B=`tablet`,V=`smarttv`,Ht=`wearable`,Ut=`xr`,Wt=`embedded`,Gt=`fetcher`,Kt=`inapp`,qt=`brands`,Jt=`formFactors`,Yt=`fullVersionList`,Xt=`platform`,Zt=`platformVersion`,Qt=`bitness`,$t=`sec-ch-ua`,en=$t+`-full-version-list`,tn=$t+`-arch`,nn=$t+`-`+Qt,rn=$t+`-form-factors`,an=$t+`-`+z,on=$t+`-`+R,sn=$t+`-`+Xt,cn=sn+`-version`,ln=[qt,Yt,z,R,Xt,Zt,L,Jt,Qt],un=`Amazon`,dn=`Apple`,fn=`ASUS`,pn=`BlackBerry`,mn=`Google`,hn=`Huawei`,gn=`Lenovo`,_n=`Honor`,vn=`LG`,yn=`Microsoft`,bn=`Motorola`,xn=`Nvidia`,Sn=`OnePlus`,Cn=`OPPO`,wn=`Samsung`,Tn=`Sharp`,En=`Sony`,Dn=`Xiaomi`,On=`Zebra`,kn=`Chrome`,An=`Chromium`,jn=`Chromecast`,Mn=`Edge`,Nn=`Firefox`,Pn=`Opera`,Fn=`Facebook`,In=`Sogou`,Ln=`Mobile `,Rn=` Browser`,zn=`Windows`,H=typeof window!==A.UNDEFINED&&window.navigator?window.navigator:void 0,Bn=H&&H.userAgentData?H.userAgentData:void 0,Vn=function(e,t){var n={},r=t;if(!Wn(t))for(var i in r={},t)for(var a in t[i])r[a]=t[i][a].concat(r[a]?r[a]:[]);for(var o in e)n[o]=r[o]&&r[o].length%2==0?r[o].concat(e[o]):e[o];return n},Hn=function(e){for(var t={},n=0;n<e.length;n++)t[e[n].toUpperCase()]=e[n];return t},Un=function(e,t){if(typeof e===A.OBJECT&&e.length>0){for(var n in e)if(qn(t)==qn(e[n]))return!0;return!1}return Gn(e)?qn(t)==qn(e):!1},Wn=function(e,t){for(var n in e)return/^(browser|cpu|device|engine|os)$/.test(n)||(t?Wn(e[n]):!1)},Gn=function(e){return typeof e===A.STRING},Kn=function(e){if(e){for(var t=[],n=Yn(e).split(`,`),r=0;r<n.length;r++)if(n[r].indexOf(`;`)>-1){var i=Qn(n[r]).split(`;v=`);t[r]={brand:i[0],version:i[1]}}else t[r]=Qn(n[r]);return t}},qn=function(e){return Gn(e)?e.toLowerCase():e},Jn=function(e){return Gn(e)?Zn(/[^\d\.]/g,e).split(`.`)[0]:void 0},Yn=function(e){return Gn(e)?Qn(Zn(/\\?\"/g,e),Mt):void 0},Xn=function(e){for(var t in e)if(e.hasOwnProperty(t)){var n=e[t];typeof n==A.OBJECT&&n.length==2?this[n[0]]=n[1]:this[n]=void 0}return this},Zn=function(e,t){return Gn(t)?t.replace(e,Pt):t},Qn=function(e,t){return e=Zn(/^\s\s*/,String(e)),typeof t===A.UNDEFINED?e:e.substring(0,t)},$n=function(e,t){if(e&&t)for(var n=0,r,i,a,o,s,c;n<t.length&&!s;){var l=t[n],u=t[n+1];for(r=i=0;r<l.length&&!s&&l[r];)if(s=l[r++].exec(e),s)for(a=0;a<u.length;a++)c=s[++i],o=u[a],typeof o===A.OBJECT&&o.length>0?o.length===2?typeof o[1]==A.FUNCTION?this[o[0]]=o[1].call(this,c):this[o[0]]=o[1]:o.length>=3&&(typeof o[1]===A.FUNCTION&&!(o[1].exec&&o[1].test)?o.length>3?this[o[0]]=c?o[1].apply(this,o.slice(2)):void 0:this[o[0]]=c?o[1].call(this,c,o[2]):void 0:o.length==3?this[o[0]]=c?c.replace(o[1],o[2]):void 0:o.length==4?this[o[0]]=c?o[3].call(this,c.replace(o[1],o[2])):void 0:o.length>4&&(this[o[0]]=c?o[3].apply(this,[c.replace(o[1],o[2])].concat(o.slice(4))):void 0)):this[o]=c||void 0;n+=2}},er=function(e,t){return t.test.test(e)?t.ifTrue:t.ifFalse},U=function(e,t){for(var n in t)if(typeof t[n]===A.OBJECT&&t[n].length>0){for(var r=0;r<t[n].length;r++)if(Un(t[n][r],e))return n===Ft?void 0:n}else if(Un(t[n],e))return n===Ft?void 0:n;return t.hasOwnProperty(`*`)?t[`*`]:e},tr={ME:`4.90`,"NT 3.51":`3.51`,"NT 4.0":`4.0`,2e3:[`5.0`,`5.01`],XP:[`5.1`,`5.2`],Vista:`6.0`,7:`6.1`,8:`6.2`,"8.1":`6.3`,10:[`6.4`,`10.0`],NT:``},nr={embedded:`Automotive`,mobile:`Mobile`,tablet:[`Tablet`,`EInk`],smarttv:`TV`,wearable:`Watch`,xr:[`VR`,`XR`],"?":[`Desktop`,`Unknown`],"*":void 0},rr={Chrome:`Google Chrome`,Edge:`Microsoft Edge`,"Edge WebView2":`Microsoft Edge WebView2`,"Chrome WebView":`Android WebView`,"Chrome Headless":`HeadlessChrome`,"Huawei Browser":`HuaweiBrowser`,"MIUI Browser":`Miui Browser`,"Opera Mobi":`OperaMobile`,Yandex:`YaBrowser`},ir={browser:[[/\b(?:crmo|crios)\/([\w\.]+)/i],[I,[N,Ln+`Chrome`]],[/webview.+edge\/([\w\.]+)/i],[I,[N,Mn+` WebView`],[P,Kt]],[/edg(?:e|ios|a)?\/([\w\.]+)/i],[I,[N,`Edge`]],[/(opera mini)\/([-\w\.]+)/i,/(opera [mobiletab]{3,6})\b.+version\/([-\w\.]+)/i,/(opera)(?:.+version\/|[\/ ]+)([\w\.]+)/i],[N,I],[/opios[\/ ]+([\w\.]+)/i],[I,[N,Pn+` Mini`]],[/\bop(?:rg)?x\/([\w\.]+)/i],[I,[N,Pn+` GX`]],[/\bopr\/([\w\.]+)/i],[I,[N,Pn]],[/\bb[ai]*d(?:uhd|[ub]*[aekoprswx]{5,6})[\/ ]?([\w\.]+)/i],[I,[N,`Baidu`]],[/\b(?:mxbrowser|mxios|myie2)\/?([-\w\.]*)\b/i],[I,[N,`Maxthon`]],[/(kindle)\/([\w\.]+)/i,/(lunascape|maxthon|netfront|jasmine|blazer|sleipnir)[\/ ]?([\w\.]*)/i,/(avant|iemobile|slim(?:browser|boat|jet))[\/ ]?([\d\.]*)/i,/(?:ms|\()(ie) ([\w\.]+)/i,/(atlas|flock|rockmelt|midori|epiphany|silk|skyfire|bolt|iron|vivaldi|iridium|phantomjs|bowser|qupzilla|falkon|rekonq|puffin|whale(?!.+naver)|qqbrowserlite|duckduckgo|klar|helio|(?=comodo_)?dragon|otter|dooble|(?:hi|lg |ovi|qute)browser|palemoon)\/v?([-\w\.]+)/i,/(brave)(?: chrome)?\/([\d\.]+)/i,/(aloha|heytap|ovi|115|surf|qwant)browser\/([\d\.]+)/i,/(qwant)(?:ios|mobile)\/([\d\.]+)/i,/(ecosia|weibo)(?:__| \w+@)([\d\.]+)/i],[N,I],[/quark(?:pc)?\/([-\w\.]+)/i],[I,[N,`Quark`]],[/\bddg\/([\w\.]+)/i],[I,[N,`DuckDuckGo`]],[/(?:\buc? ?browser|(?:juc.+)ucweb| ucpc)[\/ ]?([\w\.]+)/i],[I,[N,`UCBrowser`]],[/microm.+\bqbcore\/([\w\.]+)/i,/\bqbcore\/([\w\.]+).+microm/i,/micromessenger\/([\w\.]+)/i],[I,[N,`WeChat`]],[/konqueror\/([\w\.]+)/i],[I,[N,`Konqueror`]],[/trident.+rv[: ]([\w\.]{1,9})\b.+like gecko/i],[I,[N,`IE`]],[/ya(?:search)?browser\/([\w\.]+)/i],[I,[N,`Yandex`]],[/slbrowser\/([\w\.]+)/i],[I,[N,`Smart `+gn+Rn]],[/(av(?:ast|g|ira))\/([\w\.]+)/i],[[N,/(.+)/,`$1 Secure`+Rn],I],[/norton\/([\w\.]+)/i],[I,[N,`Norton Private`+Rn]],[/\bfocus\/([\w\.]+)/i],[I,[N,Nn+` Focus`]],[/ mms\/([\w\.]+)$/i],[I,[N,Pn+` Neon`]],[/ opt\/([\w\.]+)$/i],[I,[N,Pn+` Touch`]],[/coc_coc\w+\/([\w\.]+)/i],[I,[N,`Coc Coc`]],[/dolfin\/([\w\.]+)/i],[I,[N,`Dolphin`]],[/coast\/([\w\.]+)/i],[I,[N,Pn+` Coast`]],[/miuibrowser\/([\w\.]+)/i],[I,[N,`MIUI`+Rn]],[/fxios\/([\w\.-]+)/i],[I,[N,Ln+Nn]],[/\bqihoobrowser\/?([\w\.]*)/i],[I,[N,`360`]],[/\b(qq)\/([\w\.]+)/i],[[N,/(.+)/,`$1Browser`],I],[/(oculus|sailfish|huawei|vivo|pico)browser\/([\w\.]+)/i],[[N,/(.+)/,`$1`+Rn],I],[/ HBPC\/([\w\.]+)/],[I,[N,hn+Rn]],[/samsungbrowser\/([\w\.]+)/i],[I,[N,wn+` Internet`]],[/metasr[\/ ]?([\d\.]+)/i],[I,[N,In+` Explorer`]],[/(sogou)mo\w+\/([\d\.]+)/i],[[N,In+` Mobile`],I],[/(electron)\/([\w\.]+) safari/i,/(tesla)(?: qtcarbrowser|\/(20\d\d\.[-\w\.]+))/i,/m?(qqbrowser|2345(?=browser|chrome|explorer))\w*[\/ ]?v?([\w\.]+)/i],[N,I],[/(lbbrowser|luakit|rekonq|steam(?= (clie|tenf|gameo)))/i],[N],[/ome\/([\w\.]+).+(iron(?= saf)|360(?=[es]e$))/i],[I,N],[/((?:fban\/fbios|fb_iab\/fb4a)(?!.+fbav)|;fbav\/([\w\.]+);)/i],[[N,Fn],I,[P,Kt]],[/(kakao(?:talk|story))[\/ ]([\w\.]+)/i,/(naver)\(.*?(\d+\.[\w\.]+).*\)/i,/(daum)apps[\/ ]([\w\.]+)/i,/safari (line)\/([\w\.]+)/i,/\b(line)\/([\w\.]+)\/iab/i,/(alipay)client\/([\w\.]+)/i,/(twitter)(?:and| f.+e\/([\w\.]+))/i,/(bing)(?:web|sapphire)\/([\w\.]+)/i,/(instagram|snapchat|klarna)[\/ ]([-\w\.]+)/i],[N,I,[P,Kt]],[/\bgsa\/([\w\.]+) .*safari\//i],[I,[N,`GSA`],[P,Kt]],[/(?:musical_ly|trill)(?:.+app_?version\/|_)([\w\.]+)/i],[I,[N,`TikTok`],[P,Kt]],[/\[(linkedin)app\]/i],[N,[P,Kt]],[/(zalo(?:app)?)[\/\sa-z]*([\w\.-]+)/i],[[N,/(.+)/,`Zalo`],I,[P,Kt]],[/(chromium)[\/ ]([-\w\.]+)/i],[N,I],[/ome-(lighthouse)$/i],[N,[P,Gt]],[/headlesschrome(?:\/([\w\.]+)| )/i],[I,[N,kn+` Headless`]],[/wv\).+chrome\/([\w\.]+).+edgw\//i],[I,[N,Mn+` WebView2`],[P,Kt]],[/; wv\).+(chrome)\/([\w\.]+)/i],[[N,kn+` WebView`],I,[P,Kt]],[/droid.+ version\/([\w\.]+)\b.+(?:mobile safari|safari)/i],[I,[N,`Android`+Rn]],[/chrome\/([\w\.]+) mobile/i],[I,[N,Ln+`Chrome`]],[/(chrome|omniweb|arora|[tizenoka]{5} ?browser)\/v?([\w\.]+)/i],[N,I],[/version\/([\w\.\,]+) .*mobile(?:\/\w+ | ?)safari/i],[I,[N,Ln+`Safari`]],[/iphone .*mobile(?:\/\w+ | ?)safari/i],[[N,Ln+`Safari`]],[/version\/([\w\.\,]+) .*(safari)/i],[I,N],[/webkit.+?(mobile ?safari|safari)(\/[\w\.]+)/i],[N,[I,`1`]],[/(webkit|khtml)\/([\w\.]+)/i],[N,I],[/(?:mobile|tablet);.*(firefox)\/([\w\.-]+)/i],[[N,Ln+Nn],I],[/(navigator|netscape\d?)\/([-\w\.]+)/i],[[N,`Netscape`],I],[/(wolvic|librewolf)\/([\w\.]+)/i],[N,I],[/mobile vr; rv:([\w\.]+)\).+firefox/i],[I,[N,Nn+` Reality`]],[/ekiohf.+(flow)\/([\w\.]+)/i,/(swiftfox)/i,/(icedragon|iceweasel|camino|chimera|fennec|maemo browser|minimo|conkeror)[\/ ]?([\w\.\+]+)/i,/(seamonkey|k-meleon|icecat|iceape|firebird|phoenix|basilisk|waterfox)\/([-\w\.]+)$/i,/(firefox)\/([\w\.]+)/i,/(mozilla)\/([\w\.]+(?= .+rv\:.+gecko\/\d+)|[0-4][\w\.]+(?!.+compatible))/i,/(amaya|dillo|doris|icab|ladybird|lynx|mosaic|netsurf|obigo|polaris|w3m|(?:go|ice|up)[\. ]?browser)[-\/ ]?v?([\w\.]+)/i,/\b(links) \(([\w\.]+)/i],[N,[I,/_/g,`.`]],[/(cobalt)\/([\w\.]+)/i],[N,[I,/[^\d\.]+./,Pt]]],cpu:[[/\b((amd|x|x86[-_]?|wow|win)64)\b/i],[[L,`amd64`]],[/(ia32(?=;))/i,/\b((i[346]|x)86)(pc)?\b/i],[[L,`ia32`]],[/\b(aarch64|arm(v?[89]e?l?|_?64))\b/i],[[L,`arm64`]],[/\b(arm(v[67])?ht?n?[fl]p?)\b/i],[[L,`armhf`]],[/( (ce|mobile); ppc;|\/[\w\.]+arm\b)/i],[[L,`arm`]],[/ sun4\w[;\)]/i],[[L,`sparc`]],[/\b(avr32|ia64(?=;)|68k(?=\))|\barm(?=v([1-7]|[5-7]1)l?|;|eabi)|(irix|mips|sparc)(64)?\b|pa-risc)/i,/((ppc|powerpc)(64)?)( mac|;|\))/i,/(?:osf1|[freopnt]{3,4}bsd) (alpha)/i],[[L,/ower/,Pt,qn]],[/mc680.0/i],[[L,`68k`]],[/winnt.+\[axp/i],[[L,`alpha`]]],device:[[/\b(sch-i[89]0\d|shw-m380s|sm-[ptx]\w{2,4}|gt-[pn]\d{2,4}|sgh-t8[56]9|nexus 10)/i],[R,[F,wn],[P,B]],[/\b((?:s[cgp]h|gt|sm)-(?![lr])\w+|sc[g-]?[\d]+a?|galaxy nexus)/i,/samsung[- ]((?!sm-[lr]|browser)[-\w]+)/i,/sec-(sgh\w+)/i],[R,[F,wn],[P,z]],[/(?:\/|\()(ip(?:hone|od)[\w, ]*)[\/\);]/i],[R,[F,dn],[P,z]],[/\b(?:ios|apple\w+)\/.+[\(\/](ipad)/i,/\b(ipad)[\d,]*[;\] ].+(mac |i(pad)?)os/i],[R,[F,dn],[P,B]],[/(macintosh);/i],[R,[F,dn]],[/\b(sh-?[altvz]?\d\d[a-ekm]?)/i],[R,[F,Tn],[P,z]],[/\b((?:brt|eln|hey2?|gdi|jdn)-a?[lnw]09|(?:ag[rm]3?|jdn2|kob2)-a?[lw]0[09]hn)(?: bui|\)|;)/i],[R,[F,_n],[P,B]],[/honor([-\w ]+)[;\)]/i],[R,[F,_n],[P,z]],[/\b((?:ag[rs][2356]?k?|bah[234]?|bg[2o]|bt[kv]|cmr|cpn|db[ry]2?|jdn2|got|kob2?k?|mon|pce|scm|sht?|[tw]gr|vrd)-[ad]?[lw][0125][09]b?|605hw|bg2-u03|(?:gem|fdr|m2|ple|t1)-[7a]0[1-4][lu]|t1-a2[13][lw]|mediapad[\w\. ]*(?= bui|\)))\b(?!.+d\/s)/i],[R,[F,hn],[P,B]],[/(?:huawei) ?([-\w ]+)[;\)]/i,/\b(nexus 6p|\w{2,4}e?-[atu]?[ln][\dx][\dc][adnt]?)\b(?!.+d\/s)/i],[R,[F,hn],[P,z]],[/oid[^\)]+; (2[\dbc]{4}(182|283|rp\w{2})[cgl]|m2105k81a?c)(?: bui|\))/i,/\b(?:xiao)?((?:red)?mi[-_ ]?pad[\w- ]*)(?: bui|\))/i],[[R,/_/g,` `],[F,Dn],[P,B]],[/\b; (\w+) build\/hm\1/i,/\b(hm[-_ ]?note?[_ ]?(?:\d\w)?) bui/i,/oid[^\)]+; (redmi[\-_ ]?(?:note|k)?[\w_ ]+|m?[12]\d[01]\d\w{3,6}|poco[\w ]+|(shark )?\w{3}-[ah]0|qin ?[1-3](s\+|ultra| pro)?)( bui|; wv|\))/i,/\b(mi[-_ ]?(?:a\d|one|one[_ ]plus|note|max|cc)?[_ ]?(?:\d{0,2}\w?)[_ ]?(?:plus|se|lite|pro)?( 5g|lte)?)(?: bui|\))/i,/; ([\w ]+) miui\/v?\d/i],[[R,/_/g,` `],[F,Dn],[P,z]],[/droid.+; (cph2[3-6]\d[13579]|((gm|hd)19|(ac|be|in|kb)20|(d[en]|eb|le|mt)21|ne22)[0-2]\d|p[g-l]\w[1m]10)\b/i,/(?:one)?(?:plus)? (a\d0\d\d)(?: b|\))/i],[R,[F,Sn],[P,z]],[/; (\w+) bui.+ oppo/i,/\b(cph[12]\d{3}|p(?:af|c[al]|d\w|e[ar])[mt]\d0|x9007|a101op)\b/i],[R,[F,Cn],[P,z]],[/\b(opd2(\d{3}a?))(?: bui|\))/i],[R,[F,U,{OnePlus:[`203`,`304`,`403`,`404`,`413`,`415`],"*":Cn}],[P,B]],[/(vivo (5r?|6|8l?|go|one|s|x[il]?[2-4]?)[\w\+ ]*)(?: bui|\))/i],[R,[F,`BLU`],[P,z]],[/; vivo (\w+)(?: bui|\))/i,/\b(v[12]\d{3}\w?[at])(?: bui|;)/i],[R,[F,`Vivo`],[P,z]],[/\b(rmx[1-3]\d{3})(?: bui|;|\))/i],[R,[F,`Realme`],[P,z]],[/(ideatab[-\w ]+|602lv|d-42a|a101lv|a2109a|a3500-hv|s[56]000|pb-6505[my]|tb-?x?\d{3,4}(?:f[cu]|xu|[av])|yt\d?-[jx]?\d+[lfmx])( bui|;|\)|\/)/i,/lenovo ?(b[68]0[08]0-?[hf]?|tab(?:[\w- ]+?)|tb[\w-]{6,7})( bui|;|\)|\/)/i],[R,[F,gn],[P,B]],[/lenovo[-_ ]?([-\w ]+?)(?: bui|\)|\/)/i],[R,[F,gn],[P,z]],[/\b(milestone|droid(?:[2-4x]| (?:bionic|x2|pro|razr))?:?( 4g)?)\b[\w ]+build\//i,/\bmot(?:orola)?[- ]([\w\s]+)(\)| bui)/i,/((?:moto(?! 360)[-\w\(\) ]+|xt\d{3,4}[cgkosw\+]?[-\d]*|nexus 6)(?= bui|\)))/i],[R,[F,bn],[P,z]],[/\b(mz60\d|xoom[2 ]{0,2}) build\//i],[R,[F,bn],[P,B]],[/\b(?:lg)?([vl]k\-?\d{3}) bui| 3\.[-\w; ]{10}lg?-([06cv9]{3,4})/i],[R,[F,vn],[P,B]],[/(lm(?:-?f100[nv]?|-[\w\.]+)(?= bui|\))|nexus [45])/i,/\blg[-e;\/ ]+(?!.*(?:browser|netcast|android tv|watch|webos))(\w+)/i,/\blg-?([\d\w]+) bui/i],[R,[F,vn],[P,z]],[/(nokia) (t[12][01])/i],[F,R,[P,B]],[/(?:maemo|nokia).*(n900|lumia \d+|rm-\d+)/i,/nokia[-_ ]?(([-\w\. ]*?))( bui|\)|;|\/)/i],[[R,/_/g,` `],[P,z],[F,`Nokia`]],[/(pixel (c|tablet))\b/i],[R,[F,mn],[P,B]],[/droid.+;(?: google)? (g(01[13]a|020[aem]|025[jn]|1b60|1f8f|2ybb|4s1m|576d|5nz6|8hhn|8vou|a02099|c15s|d1yq|e2ae|ec77|gh2x|kv4x|p4bc|pj41|r83y|tt9q|ur25|wvk6)|pixel[\d ]*a?( pro)?( xl)?( fold)?( \(5g\))?)( bui|\))/i],[R,[F,mn],[P,z]],[/(google) (pixelbook( go)?)/i],[F,R],[/droid.+; (a?\d[0-2]{2}so|[c-g]\d{4}|so[-gl]\w+|xq-\w\w\d\d)(?= bui|\).+chrome\/(?![1-6]{0,1}\d\.))/i],[R,[F,En],[P,z]],[/sony tablet [ps]/i,/\b(?:sony)?sgp\w+(?: bui|\))/i],[[R,`Xperia Tablet`],[F,En],[P,B]],[/(alexa)webm/i,/(kf[a-z]{2}wi|aeo(?!bc)\w\w)( bui|\))/i,/(kf[a-z]+)( bui|\)).+silk\//i],[R,[F,un],[P,B]],[/((?:sd|kf)[0349hijorstuw]+)( bui|\)).+silk\//i],[[R,/(.+)/g,`Fire Phone $1`],[F,un],[P,z]],[/(playbook);[-\w\),; ]+(rim)/i],[R,F,[P,B]],[/\b((?:bb[a-f]|st[hv])100-\d)/i,/(?:blackberry|\(bb10;) (\w+)/i],[R,[F,pn],[P,z]],[/(?:\b|asus_)(transfo[prime ]{4,10} \w+|eeepc|slider \w+|nexus 7|padfone|p00[cj])/i],[R,[F,fn],[P,B]],[/ (z[bes]6[027][012][km][ls]|zenfone \d\w?)\b/i],[R,[F,fn],[P,z]],[/(nexus 9)/i],[R,[F,`HTC`],[P,B]],[/(htc)[-;_ ]{1,2}([\w ]+(?=\)| bui)|\w+)/i,/(zte)[- ]([\w ]+?)(?: bui|\/|\))/i,/(alcatel|geeksphone|nexian|panasonic(?!(?:;|\.))|sony(?!-bra))[-_ ]?([-\w]*)/i],[F,[R,/_/g,` `],[P,z]],[/tcl (xess p17aa)/i,/droid [\w\.]+; ((?:8[14]9[16]|9(?:0(?:48|60|8[01])|1(?:3[27]|66)|2(?:6[69]|9[56])|466))[gqswx])(_\w(\w|\w\w))?(\)| bui)/i],[R,[F,`TCL`],[P,B]],[/droid [\w\.]+; (418(?:7d|8v)|5087z|5102l|61(?:02[dh]|25[adfh]|27[ai]|56[dh]|59k|65[ah])|a509dl|t(?:43(?:0w|1[adepqu])|50(?:6d|7[adju])|6(?:09dl|10k|12b|71[efho]|76[hjk])|7(?:66[ahju]|67[hw]|7[045][bh]|71[hk]|73o|76[ho]|79w|81[hks]?|82h|90[bhsy]|99b)|810[hs]))(_\w(\w|\w\w))?(\)| bui)/i],[R,[F,`TCL`],[P,z]],[/(itel) ((\w+))/i],[[F,qn],R,[P,U,{tablet:[`p10001l`,`w7001`],"*":`mobile`}]],[/droid.+; ([ab][1-7]-?[0178a]\d\d?)/i],[R,[F,`Acer`],[P,B]],[/droid.+; (m[1-5] note) bui/i,/\bmz-([-\w]{2,})/i],[R,[F,`Meizu`],[P,z]],[/; ((?:power )?armor(?:[\w ]{0,8}))(?: bui|\))/i],[R,[F,`Ulefone`],[P,z]],[/; (energy ?\w+)(?: bui|\))/i,/; energizer ([\w ]+)(?: bui|\))/i],[R,[F,`Energizer`],[P,z]],[/; cat (b35);/i,/; (b15q?|s22 flip|s48c|s62 pro)(?: bui|\))/i],[R,[F,`Cat`],[P,z]],[/((?:new )?andromax[\w- ]+)(?: bui|\))/i],[R,[F,`Smartfren`],[P,z]],[/droid.+; (a(in)?(0(15|59|6[35])|142)p?)/i],[R,[F,`Nothing`],[P,z]],[/; (x67 5g|tikeasy \w+|ac[1789]\d\w+)( b|\))/i,/archos ?(5|gamepad2?|([\w ]*[t1789]|hello) ?\d+[\w ]*)( b|\))/i],[R,[F,`Archos`],[P,B]],[/archos ([\w ]+)( b|\))/i,/; (ac[3-6]\d\w{2,8})( b|\))/i],[R,[F,`Archos`],[P,z]],[/blackview ([-\w ]+)( b|\))/i,/; (bv\d{4}[-\w ]*)( b|\))/i],[R,[F,`Blackview`],[P,z]],[/; (n159v)/i],[R,[F,`HMD`],[P,z]],[/((revvl[ \w\+]+|tm(?:rv|af)\w*[45]g(?:tb)?))( b|\))/i],[R,[P,er,{test:/ta?b/i,ifTrue:B,ifFalse:z}],[F,`T-Mobile`]],[/(imo) (tab \w+)/i,/(infinix|tecno) (x1101b?|p904|dp(7c|8d|10a)( pro)?|p70[1-3]a?|p904|t1101)/i],[F,R,[P,B]],[/(blackberry|benq|palm(?=\-)|sonyericsson|acer|asus(?! zenw)|dell|jolla|meizu|motorola|polytron|tecno|micromax|advan)[-_ ]?([-\w]*)/i,/; (blu|coolpad|cubot|hmd|imo|infinix|lava|oneplus|tcl|wiko)[_ ]([-\w\+ ]+?)(?: bui|\)|; r)/i,/(hp) ([\w ]+\w)/i,/(microsoft); (lumia[\w ]+)/i,/(oppo) ?([\w ]+) bui/i,/(hisense) ([ehv][\w ]+)\)/i,/droid[^;]+; (philips)[_ ]([sv-x][\d]{3,4}[xz]?)/i],[F,R,[P,z]],[/(kobo)\s(ereader|touch)/i,/(hp).+(touchpad(?!.+tablet)|tablet)/i,/(kindle)\/([\w\.]+)/i],[F,R,[P,B]],[/(surface duo)/i],[R,[F,yn],[P,B]],[/droid [\d\.]+; (fp\du?)(?: b|\))/i],[R,[F,`Fairphone`],[P,z]],[/((?:tegranote|shield t(?!.+d tv))[\w- ]*?)(?: b|\))/i],[R,[F,xn],[P,B]],[/(sprint) (\w+)/i],[F,R,[P,z]],[/(kin\.[onetw]{3})/i],[[R,/\./g,` `],[F,yn],[P,z]],[/droid.+; ([c6]+|et5[16]|mc[239][23]x?|vc8[03]x?)\)/i],[R,[F,On],[P,B]],[/droid.+; (ec30|ps20|tc[2-8]\d[kx])\)/i],[R,[F,On],[P,z]],[/(philips)[\w ]+tv/i,/smart-tv.+(samsung)/i],[F,[P,V]],[/hbbtv.+maple;(\d+)/i],[[R,/^/,`SmartTV`],[F,wn],[P,V]],[/(vizio)(?: |.+model\/)(\w+-\w+)/i,/tcast.+(lg)e?. ([-\w]+)/i],[F,R,[P,V]],[/(nux; netcast.+smarttv|lg (netcast\.tv-201\d|android tv))/i],[[F,vn],[P,V]],[/(apple) ?tv/i],[F,[R,dn+` TV`],[P,V]],[/crkey.*devicetype\/chromecast/i],[[R,jn+` Third Generation`],[F,mn],[P,V]],[/crkey.*devicetype\/([^/]*)/i],[[R,/^/,`Chromecast `],[F,mn],[P,V]],[/fuchsia.*crkey/i],[[R,jn+` Nest Hub`],[F,mn],[P,V]],[/crkey/i],[[R,jn],[F,mn],[P,V]],[/(portaltv)/i],[R,[F,Fn],[P,V]],[/droid.+aft(\w+)( bui|\))/i],[R,[F,un],[P,V]],[/(shield \w+ tv)/i],[R,[F,xn],[P,V]],[/\(dtv[\);].+(aquos)/i,/(aquos-tv[\w ]+)\)/i],[R,[F,Tn],[P,V]],[/(bravia[\w ]+)( bui|\))/i],[R,[F,En],[P,V]],[/(mi(tv|box)-?\w+) bui/i],[R,[F,Dn],[P,V]],[/Hbbtv.*(technisat) (.*);/i],[F,R,[P,V]],[/\b(roku)[\dx]*[\)\/]((?:dvp-)?[\d\.]*)/i,/hbbtv\/\d+\.\d+\.\d+ +\([\w\+ ]*; *([\w\d][^;]*);([^;]*)/i],[[F,/.+\/(\w+)/,`$1`,U,{LG:`lge`}],[R,Qn],[P,V]],[/(playstation \w+)/i],[R,[F,En],[P,Vt]],[/\b(xbox(?: one)?(?!; xbox))[\); ]/i],[R,[F,yn],[P,Vt]],[/(ouya)/i,/(nintendo) (\w+)/i,/(retroid) (pocket ([^\)]+))/i,/(valve).+(steam deck)/i,/droid.+; ((shield|rgcube|gr0006))( bui|\))/i],[[F,U,{Nvidia:`Shield`,Anbernic:`RGCUBE`,Logitech:`GR0006`}],R,[P,Vt]],[/\b(sm-[lr]\d\d[0156][fnuw]?s?|gear live)\b/i],[R,[F,wn],[P,Ht]],[/((pebble))app/i,/(asus|google|lg|oppo|xiaomi) ((pixel |zen)?watch[\w ]*)( bui|\))/i],[F,R,[P,Ht]],[/(ow(?:19|20)?we?[1-3]{1,3})/i],[R,[F,Cn],[P,Ht]],[/(watch)(?: ?os[,\/]|\d,\d\/)[\d\.]+/i],[R,[F,dn],[P,Ht]],[/(opwwe\d{3})/i],[R,[F,Sn],[P,Ht]],[/(moto 360)/i],[R,[F,bn],[P,Ht]],[/(smartwatch 3)/i],[R,[F,En],[P,Ht]],[/(g watch r)/i],[R,[F,vn],[P,Ht]],[/droid.+; (wt63?0{2,3})\)/i],[R,[F,On],[P,Ht]],[/droid.+; (glass) \d/i],[R,[F,mn],[P,Ut]],[/(pico) ([\w ]+) os\d/i],[F,R,[P,Ut]],[/(quest( \d| pro)?s?).+vr/i],[R,[F,Fn],[P,Ut]],[/mobile vr; rv.+firefox/i],[[P,Ut]],[/(tesla)(?: qtcarbrowser|\/[-\w\.]+)/i],[F,[P,Wt]],[/(aeobc)\b/i],[R,[F,un],[P,Wt]],[/(homepod).+mac os/i],[R,[F,dn],[P,Wt]],[/windows iot/i],[[P,Wt]],[/droid.+; ([\w- ]+) (4k|android|smart|google)[- ]?tv/i],[R,[P,V]],[/\b((4k|android|smart|opera)[- ]?tv|tv; rv:|large screen[\w ]+safari)\b/i],[[P,V]],[/droid .+?; ([^;]+?)(?: bui|; wv\)|\) applew|; hmsc).+?(mobile|vr|\d) safari/i],[R,[P,U,{mobile:`Mobile`,xr:`VR`,"*":B}]],[/\b((tablet|tab)[;\/]|focus\/\d(?!.+mobile))/i],[[P,B]],[/(phone|mobile(?:[;\/]| [ \w\/\.]*safari)|pda(?=.+windows ce))/i],[[P,z]],[/droid .+?; ([\w\. -]+)( bui|\))/i],[R,[F,`Generic`]]],engine:[[/windows.+ edge\/([\w\.]+)/i],[I,[N,Mn+`HTML`]],[/(arkweb)\/([\w\.]+)/i],[N,I],[/webkit\/537\.36.+chrome\/(?!27)([\w\.]+)/i],[I,[N,`Blink`]],[/(presto)\/([\w\.]+)/i,/(webkit|trident|netfront|netsurf|amaya|lynx|w3m|goanna|servo)\/([\w\.]+)/i,/ekioh(flow)\/([\w\.]+)/i,/(khtml|tasman|links|dillo)[\/ ]\(?([\w\.]+)/i,/(icab)[\/ ]([23]\.[\d\.]+)/i,/\b(libweb)/i],[N,I],[/ladybird\//i],[[N,`LibWeb`]],[/rv\:([\w\.]{1,9})\b.+(gecko)/i],[I,N]],os:[[/(windows nt) (6\.[23]); arm/i],[[N,/N/,`R`],[I,U,tr]],[/(windows (?:phone|mobile|iot))(?: os)?[\/ ]?([\d\.]*( se)?)/i,/(windows)[\/ ](1[01]|2000|3\.1|7|8(\.1)?|9[58]|me|server 20\d\d( r2)?|vista|xp)/i],[N,I],[/windows nt ?([\d\.\)]*)(?!.+xbox)/i,/\bwin(?=3| ?9|n)(?:nt| 9x )?([\d\.;]*)/i],[[I,/(;|\))/g,``,U,tr],[N,zn]],[/(windows ce)\/?([\d\.]*)/i],[N,I],[/[adehimnop]{4,7}\b(?:.*os ([\w]+) like mac|; opera)/i,/(?:ios;fbsv|ios(?=.+ip(?:ad|hone)|.+apple ?tv)|ip(?:ad|hone)(?: |.+i(?:pad)?)os|apple ?tv.+ios)[\/ ]([\w\.]+)/i,/\btvos ?([\w\.]+)/i,/cfnetwork\/.+darwin/i],[[I,/_/g,`.`],[N,`iOS`]],[/(mac os x) ?([\w\. ]*)/i,/(macintosh|mac_powerpc\b)(?!.+(haiku|morphos))/i],[[N,`macOS`],[I,/_/g,`.`]],[/android ([\d\.]+).*crkey/i],[I,[N,jn+` Android`]],[/fuchsia.*crkey\/([\d\.]+)/i],[I,[N,jn+` Fuchsia`]],[/crkey\/([\d\.]+).*devicetype\/smartspeaker/i],[I,[N,jn+` SmartSpeaker`]],[/linux.*crkey\/([\d\.]+)/i],[I,[N,jn+` Linux`]],[/crkey\/([\d\.]+)/i],[I,[N,jn]],[/droid ([\w\.]+)\b.+(android[- ]x86)/i],[I,N],[/(ubuntu) ([\w\.]+) like android/i],[[N,/(.+)/,`$1 Touch`],I],[/(harmonyos)[\/ ]?([\d\.]*)/i,/(android|bada|blackberry|kaios|maemo|meego|openharmony|qnx|rim tablet os|sailfish|series40|symbian|tizen)\w*[-\/\.; ]?([\d\.]*)/i],[N,I],[/\(bb(10);/i],[I,[N,pn]],[/(?:symbian ?os|symbos|s60(?=;)|series ?60)[-\/ ]?([\w\.]*)/i],[I,[N,`Symbian`]],[/mozilla\/[\d\.]+ \((?:mobile[;\w ]*|tablet|tv|[^\)]*(?:viera|lg(?:l25|-d300)|alcatel ?o.+|y300-f1)); rv:([\w\.]+)\).+gecko\//i],[I,[N,Nn+` OS`]],[/\b(?:hp)?wos(?:browser)?\/([\w\.]+)/i,/webos(?:[ \/]?|\.tv-20(?=2[2-9]))(\d[\d\.]*)/i],[I,[N,`webOS`]],[/web0s;.+?(?:chr[o0]me|safari)\/(\d+)/i],[[I,U,{25:`120`,24:`108`,23:`94`,22:`87`,6:`79`,5:`68`,4:`53`,3:`38`,2:`538`,1:`537`,"*":`TV`}],[N,`webOS`]],[/watch(?: ?os[,\/ ]|\d,\d\/)([\d\.]+)/i],[I,[N,`watchOS`]],[/cros [\w]+(?:\)| ([\w\.]+)\b)/i],[I,[N,`Chrome OS`]],[/kepler ([\w\.]+); (aft|aeo)/i],[I,[N,`Vega OS`]],[/(netrange)mmh/i,/(nettv)\/(\d+\.[\w\.]+)/i,/(nintendo|playstation) (\w+)/i,/(xbox); +xbox ([^\);]+)/i,/(pico) .+os([\w\.]+)/i,/\b(joli|palm)\b ?(?:os)?\/?([\w\.]*)/i,/linux.+(mint)[\/\(\) ]?([\w\.]*)/i,/(mageia|vectorlinux|fuchsia|arcaos|arch(?= ?linux))[;l ]([\d\.]*)/i,/([kxln]?ubuntu|debian|suse|opensuse|gentoo|slackware|fedora|mandriva|centos|pclinuxos|red ?hat|zenwalk|linpus|raspbian|plan 9|minix|risc os|contiki|deepin|manjaro|elementary os|sabayon|linspire|knoppix)(?: gnu[\/ ]linux)?(?: enterprise)?(?:[- ]linux)?(?:-gnu)?[-\/ ]?(?!chrom|package)([-\w\.]*)/i,/((?:open)?solaris)[-\/ ]?([\w\.]*)/i,/\b(aix)[; ]([1-9\.]{0,4})/i,/(hurd|linux|morphos)(?: (?:arm|x86|ppc)\w*| ?)([\w\.]*)/i,/(gnu) ?([\w\.]*)/i,/\b([-frentopcghs]{0,5}bsd|dragonfly)[\/ ]?(?!amd|[ix346]{1,2}86)([\w\.]*)/i,/(haiku) ?(r\d)?/i],[N,I],[/(sunos) ?([\d\.]*)/i],[[N,`Solaris`],I],[/\b(beos|os\/2|amigaos|openvms|hp-ux|serenityos)/i,/(unix) ?([\w\.]*)/i],[N,I]]},ar=(function(){var e={init:{},isIgnore:{},isIgnoreRgx:{},toString:{}};return Xn.call(e.init,[[j,[N,I,Bt,P]],[It,[L]],[Lt,[P,R,F]],[Rt,[N,I]],[M,[N,I]]]),Xn.call(e.isIgnore,[[j,[I,Bt]],[Rt,[I]],[M,[I]]]),Xn.call(e.isIgnoreRgx,[[j,/ ?browser$/i],[M,/ ?os$/i]]),Xn.call(e.toString,[[j,[N,I]],[It,[L]],[Lt,[F,R]],[Rt,[N,I]],[M,[N,I]]]),e})(),or=function(e,t){var n=ar.init[t],r=ar.isIgnore[t]||0,i=ar.isIgnoreRgx[t]||0,a=ar.toString[t]||0;function o(){Xn.call(this,n)}return o.prototype.getItem=function(){return e},o.prototype.withClientHints=function(){return Bn?Bn.getHighEntropyValues(ln).then(function(t){return e.setCH(new sr(t,!1)).parseCH().get()}):e.parseCH().get()},o.prototype.withFeatureCheck=function(){return e.detectFeature().get()},t!=zt&&(o.prototype.is=function(e){var t=!1;for(var n in this)if(this.hasOwnProperty(n)&&!Un(r,n)&&qn(i?Zn(i,this[n]):this[n])==qn(i?Zn(i,e):e)){if(t=!0,e!=A.UNDEFINED)break}else if(e==A.UNDEFINED&&t){t=!t;break}return t},o.prototype.toString=function(){var e=Pt;for(var t in a)typeof this[a[t]]!==A.UNDEFINED&&(e+=(e?` `:Pt)+this[a[t]]);return e||A.UNDEFINED}),o.prototype.then=function(e){var t=this,n=function(){for(var e in t)t.hasOwnProperty(e)&&(this[e]=t[e])};n.prototype={is:o.prototype.is,toString:o.prototype.toString,withClientHints:o.prototype.withClientHints,withFeatureCheck:o.prototype.withFeatureCheck};var r=new n;return e(r),r},new o};function sr(e,t){if(e||={},Xn.call(this,ln),t)Xn.call(this,[[qt,Kn(e[$t])],[Yt,Kn(e[en])],[z,/\?1/.test(e[an])],[R,Yn(e[on])],[Xt,Yn(e[sn])],[Zt,Yn(e[cn])],[L,Yn(e[tn])],[Jt,Kn(e[rn])],[Qt,Yn(e[nn])]]);else for(var n in e)this.hasOwnProperty(n)&&typeof e[n]!==A.UNDEFINED&&(this[n]=e[n])}function cr(e,t,n,r){return Xn.call(this,[[`itemType`,e],[`ua`,t],[`uaCH`,r],[`rgxMap`,n],[`data`,or(this,e)]]),this}cr.prototype.get=function(e){return e?this.data.hasOwnProperty(e)?this.data[e]:void 0:this.data},cr.prototype.set=function(e,t){return this.data[e]=t,this},cr.prototype.setCH=function(e){return this.uaCH=e,this},cr.prototype.detectFeature=function(){if(H&&H.userAgent==this.ua)switch(this.itemType){case j:H.brave&&typeof H.brave.isBrave==A.FUNCTION&&this.set(N,`Brave`);break;case Lt:!this.get(P)&&Bn&&Bn[z]&&this.set(P,z),this.get(R)==`Macintosh`&&H&&typeof H.standalone!==A.UNDEFINED&&H.maxTouchPoints&&H.maxTouchPoints>2&&this.set(R,`iPad`).set(P,B);break;case M:!this.get(N)&&Bn&&Bn[Xt]&&this.set(N,Bn[Xt]);break;case zt:var e=this.data,t=function(t){return e[t].getItem().detectFeature().get()};this.set(j,t(j)).set(It,t(It)).set(Lt,t(Lt)).set(Rt,t(Rt)).set(M,t(M))}return this},cr.prototype.parseUA=function(){switch(this.itemType!=zt&&$n.call(this.data,this.ua,this.rgxMap),this.itemType){case j:this.set(Bt,Jn(this.get(I)));break;case M:if(this.get(N)==`iOS`&&this.get(I)&&/^1[89][^\d]/.exec(this.get(I))){var e=/\) Version\/((\d+)[\d\.]*)/.exec(this.ua);e&&parseInt(e[2],10)>=26&&this.set(I,e[1])}}return this},cr.prototype.parseCH=function(){var e=this.uaCH,t=this.rgxMap;switch(this.itemType){case j:case Rt:var n=e[Yt]||e[qt],r;if(n)for(var i=0;i<n.length;i++){var a=n[i].brand||n[i],o=n[i].version;this.itemType==j&&!/not.a.brand/i.test(a)&&(!r||/Chrom/.test(r)&&a!=An||r==Mn&&/WebView2/.test(a))&&(a=U(a,rr),r=this.get(N),r&&!/Chrom/.test(r)&&/Chrom/.test(a)||this.set(N,a).set(I,o).set(Bt,Jn(o)),r=a),this.itemType==Rt&&a==An&&this.set(I,o)}break;case It:var s=e[L];s&&(s&&e[Qt]==`64`&&(s+=`64`),$n.call(this.data,s+`;`,t));break;case Lt:if(e[z]&&this.set(P,z),e[R]&&(this.set(R,e[R]),!this.get(P)||!this.get(F))){var c={};$n.call(c,`droid 9; `+e[R]+`)`,t),!this.get(P)&&c.type&&this.set(P,c.type),!this.get(F)&&c.vendor&&this.set(F,c.vendor)}if(e[Jt]){var l;if(typeof e[Jt]!=`string`)for(var u=0;!l&&u<e[Jt].length;)l=U(e[Jt][u++],nr);else l=U(e[Jt],nr);this.set(P,l)}break;case M:var d=e[Xt];if(d){var f=e[Zt];d==zn&&(f=parseInt(Jn(f),10)>=13?`11`:`10`),this.set(N,d).set(I,f)}this.get(N)==zn&&e[R]==`Xbox`&&this.set(N,`Xbox`).set(I,void 0);break;case zt:var p=this.data,m=function(t){return p[t].getItem().setCH(e).parseCH().get()};this.set(j,m(j)).set(It,m(It)).set(Lt,m(Lt)).set(Rt,m(Rt)).set(M,m(M))}return this};function lr(e,t,n){if(typeof e===A.OBJECT?(Wn(e,!0)?(typeof t===A.OBJECT&&(n=t),t=e):(n=e,t=void 0),e=void 0):typeof e===A.STRING&&!Wn(t,!0)&&(n=t,t=void 0),n){if(typeof n.append===A.FUNCTION){var r={};n.forEach(function(e,t){r[String(t).toLowerCase()]=e}),n=r}else{var i={};for(var a in n)n.hasOwnProperty(a)&&(i[String(a).toLowerCase()]=n[a]);n=i}}if(!(this instanceof lr))return new lr(e,t,n).getResult();var o=typeof e===A.STRING?e:n&&n[Nt]?n[Nt]:H&&H.userAgent?H.userAgent:Pt,s=new sr(n,!0),c=ir,l=function(e){return e==zt?function(){return new cr(e,o,c,s).set(`ua`,o).set(j,this.getBrowser()).set(It,this.getCPU()).set(Lt,this.getDevice()).set(Rt,this.getEngine()).set(M,this.getOS()).get()}:function(){return new cr(e,o,c[e],s).parseUA().get()}};return Xn.call(this,[[`getBrowser`,l(j)],[`getCPU`,l(It)],[`getDevice`,l(Lt)],[`getEngine`,l(Rt)],[`getOS`,l(M)],[`getResult`,l(zt)],[`getUA`,function(){return o}],[`setUA`,function(e){return Gn(e)&&(o=Qn(e,Mt)),this}],[`useExtension`,function(e){return e&&(c=Vn(c,e)),this}]]).setUA(o).useExtension(t),this}lr.VERSION=jt,lr.BROWSER=Hn([N,I,Bt,P]),lr.CPU=Hn([L]),lr.DEVICE=Hn([R,F,P,Vt,z,V,B,Ht,Wt]),lr.ENGINE=lr.OS=Hn([N,I]);var ur=1024,dr=ur*4,fr=(()=>{let e=[];for(let t=1;t<=40;t++){let n=(16*t+128)*t+64;if(t>=2){let e=Math.floor(t/7)+2;n-=(25*e-10)*e-55,t>=7&&(n-=36)}e.push(n>>>3)}return e})(),pr=[`low`,`medium`,`quartile`,`high`],mr={low:[7,10,15,20,26,18,20,24,30,18,20,24,26,30,22,24,28,30,28,28,28,28,30,30,26,28,30,30,30,30,30,30,30,30,30,30,30,30,30,30],medium:[10,16,26,18,24,16,18,22,22,26,30,22,22,24,24,28,28,26,26,26,26,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28],quartile:[13,22,18,26,18,24,18,22,20,24,28,26,24,20,30,24,28,28,26,30,28,30,30,30,30,28,30,30,30,30,30,30,30,30,30,30,30,30,30,30],high:[17,28,22,16,22,28,26,26,24,28,24,28,22,24,24,30,28,28,26,28,30,24,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30]},hr={low:[1,1,1,1,1,2,2,2,2,4,4,4,4,4,6,6,6,6,7,8,8,9,9,10,12,12,12,13,14,15,16,17,18,19,19,20,21,22,24,25],medium:[1,1,1,2,2,4,4,4,5,5,5,8,9,9,10,10,11,13,14,16,17,17,18,20,21,23,25,26,28,29,31,33,35,37,38,40,43,45,47,49],quartile:[1,1,2,2,4,4,6,6,8,8,8,10,12,16,12,17,16,18,21,20,23,23,25,27,29,34,34,35,38,40,43,45,48,51,53,56,59,62,65,68],high:[1,1,2,4,4,4,5,6,8,8,11,11,16,16,18,16,19,21,25,25,25,34,30,32,35,37,40,42,45,48,51,54,57,60,63,66,70,74,77,81]},gr={low:1,medium:0,quartile:3,high:2},_r=`0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:`;function vr(e){if(e=Ar(e),e===1)return[];let t=21+4*(e-1)-7,n=Math.ceil((t-6)/28),r=Math.floor((t-6)/n);r%2?r+=1:(t-6)%n*2>=n&&(r+=2);let i=[6];for(let e=1;e<n;e++)i.push(t-(n-e)*r);return i.push(t),i}function yr(e,t){let n=gr[e]<<3|t,r=n;for(let e=0;e<10;e++)r=r<<1^(r>>9)*1335;return(n<<10|r)^21522}function br(e){let t=e;for(let e=0;e<12;e++)t=t<<1^(t>>11)*7973;return e<<12|t}var xr={numeric:1,alphanumeric:2,byte:4},Sr={numeric:[10,12,14],alphanumeric:[9,11,13],byte:[8,16,16]},Cr=(()=>{let e=new Uint8Array(510),t=new Uint8Array(256);for(let n=0,r=1;n<255;n++)e[n]=e[n+255]=r,t[r]=n,r<<=1,r&256&&(r^=285);return{exp:e,log:t}})();function wr(e){let{exp:t,log:n}=Cr,r=new Uint8Array(e);r[e-1]=1;for(let i=0,a=1;i<e;i++){for(let i=0;i<e;i++){let o=r[i];r[i]=(o?t[n[o]+n[a]]:0)^(i+1<e?r[i+1]:0)}a=t[n[a]+1]}return r}var Tr=[];function Er(e){let t=Tr[e];if(t!==void 0)return t;let n=wr(e),{exp:r,log:i}=Cr,a=new Uint8Array(256*e);for(let t=1;t<256;t++){let o=i[t],s=t*e;for(let t=0;t<e;t++){let e=n[t];e&&(a[s+t]=r[i[e]+o])}}return Tr[e]={gen:n,mul:a}}function Dr(e,t,n){let{exp:r,log:i}=Cr,a=t.length,o=new Uint8Array(a);if(n!==void 0){let t=a-1;for(let r=0;r<e.length;r++){let i=(e[r]^o[0])*a;for(let e=0;e<t;e++)o[e]=o[e+1]^n[i+e];o[t]=n[i+t]}return o}for(let n=0;n<e.length;n++){let s=e[n]^o[0];if(o.copyWithin(0,1),o[a-1]=0,s)for(let e=0;e<a;e++)t[e]&&(o[e]^=r[i[t[e]]+i[s]])}return o}function Or(e,t){let n=fr[e-1],r=mr[t][e-1],i=hr[t][e-1],a=Math.floor(n/i)-r;return{words:r,numBlocks:i,shortBlocks:i-n%i,blockLen:a,capacity:(n-r*i)*8}}var kr=e=>{throw Error(e)};function Ar(e){if(typeof e!=`number`)throw TypeError(`"ver" expected number, got type=${typeof e}`);if(!Number.isSafeInteger(e))throw RangeError(`"ver" expected safe integer, got ${e}`);if(e<1||e>40)throw RangeError(`Invalid version=${e}. Expected number [1..40]`);return e}function jr(e){let t=`numeric`;for(let n=0;n<e.length;n++){let r=Mr[e.charCodeAt(n)];if(!(r>=0))return`byte`;r>9&&(t=`alphanumeric`)}return t}var Mr=(()=>{let e=new Int8Array(128).fill(-1);for(let t=0;t<45;t++)e[_r.charCodeAt(t)]=t;return e})();function Nr(e,t,n,r,i){let a=Or(e,t),o=Sr[r][Math.floor((e+7)/17)],s=r===`byte`?i.length:n.length;s>=1<<o&&kr(`Capacity overflow`);let c=new Uint8Array(a.capacity>>>3),l=0,u=0,d=0,f=(e,t)=>{for(l=l<<t|e,u+=t;u>=8;)c[d++]=l>>>(u-=8)&255};if(f(xr[r],4),f(s,o),r===`numeric`)for(let e=0;e<s;e+=3){let t=Math.min(3,s-e);f(Number(n.slice(e,e+t)),[0,4,7,10][t])}else if(r===`alphanumeric`){for(let e=0;e+1<s;e+=2)f(Mr[n.charCodeAt(e)]*45+Mr[n.charCodeAt(e+1)],11);s&1&&f(Mr[n.charCodeAt(s-1)],6)}else for(let e=0;e<i.length;e++)f(i[e],8);let p=d*8+u;p>a.capacity&&kr(`Capacity overflow`),u&&(c[d]=l<<8-u&255),p+=Math.min(4,a.capacity-p),p&7&&(p+=8-(p&7));for(let e=p>>>3,t=0;e<c.length;e++,t^=1)c[e]=t?17:236;let{words:m,numBlocks:h,shortBlocks:g,blockLen:_}=a,v=Er(m),y=[],b=[];for(let e=0,t=0;e<h;e++){let n=_+(e<g?0:1);y.push(c.subarray(t,t+n)),b.push(Dr(y[e],v.gen,v.mul)),t+=n}let x=new Uint8Array(c.length+m*h),S=0;for(let e=0;e<=_;e++)for(let t of y)e<t.length&&(x[S++]=t[e]);for(let e=0;e<m;e++)for(let t of b)x[S++]=t[e];return x}function Pr(e,t){let n=e%2,r=t%2,i=e%3,a=t%3*i%3,o=n&r,s=0;return n===r&&(s|=1),r===0&&(s|=2),i===0&&(s|=4),(e+t)%3==0&&(s|=8),(Math.floor(t/2)+Math.floor(e/3))%2==0&&(s|=16),o+a===0&&(s|=32),(o+a)%2==0&&(s|=64),((n^r)+a)%2==0&&(s|=128),s}var Fr=(()=>{let e=new Uint8Array(65536);for(let t=1;t<e.length;t++)e[t]=e[t>>>1]+(t&1);return e})(),Ir=e=>Fr[e&65535]+Fr[e>>>16],Lr=new Uint32Array(32);function Rr(e){let t=[0x55555555,858993459,0xf0f0f0f,0xff00ff,65535];for(let n=0;n<5;n++){let r=t[n]>>>0,i=1<<n;for(let t=0;t<32;t+=i<<1)for(let n=0;n<i;n++){let a=e[t+n]>>>0,o=e[t+n+i]>>>0,s=(a>>>i^o)&r;e[t+n]=(a^s<<i)>>>0,e[t+n+i]=(o^s)>>>0}}}var zr=e=>{let t=e+31>>>5;return{size:e,words:t,v:new Uint32Array(t*e)}},Br=(e,t,n)=>e.v[n*e.words+(t>>>5)]>>>(t&31)&1,Vr=(e,t,n,r)=>{let i=n*e.words+(t>>>5),a=1<<(t&31);e.v[i]=r?e.v[i]|a:e.v[i]&~a};function Hr(e,t){let{size:n,words:r,v:i}=e,a=Lr;for(let e=0;e<n;e+=32)for(let o=0;o<r;o++){let s=Math.min(32,n-e);for(let t=0;t<s;t++)a[t]=i[(e+t)*r+o];a.fill(0,s),Rr(a);for(let r=0,i=o*32;r<32&&i<n;r++,i++)t.v[i*t.words+(e>>>5)]=a[r]}}function Ur(e){let{size:t,words:n,v:r}=e,i=t&31?(1<<(t&31))-1>>>0:0xffffffff,a=0;for(let e=0;e<n;e++){let o=e===n-1?i:0xffffffff,s=r[3*n+e],c=0xffffffff,l=r[e]^r[n+e],u=r[n+e]^r[2*n+e],d=r[2*n+e]^s;for(let i=0,f=4*n+e;i<=t-5;i++,f+=n){let e=r[f],t=s^e,n=~(l|u|d|t)&o;n&&(a+=Ir(n>>>0)+2*Ir((n&c)>>>0)),c=l,l=u,u=d,d=t,s=e}}return a}function Wr(e){let{size:t,words:n,v:r}=e,i=t&31?(1<<(t&31))-1>>>0:0xffffffff,a=0;for(let e=0;e<n;e++){let o=e===n-1?i:0xffffffff;for(let i=0;i<=t-11;i++){let t=i*n+e,s=r[t],c=r[t+=n],l=r[t+=n],u=r[t+=n],d=r[t+=n],f=r[t+=n],p=r[t+=n],m=r[t+=n],h=r[t+=n],g=r[t+=n],_=r[t+n],v=o&s&~c&l&u&d&~f&p&~(m|h|g|_),y=o&~(s|c|l|u)&d&~f&p&m&h&~g&_;a+=Ir(v>>>0)+Ir(y>>>0)}}return a}function Gr(e,t,n=1/0){let{size:r,words:i,v:a}=e,o=Ur(e)+Ur(t);if(o>=n)return o;let s=(1<<r-32*(i-1)-1)-1>>>0,c=0,l=0;for(let e=0;e<r;e++)for(let t=0;t<i;t++){let n=a[e*i+t];if(l+=Ir(n>>>0),e===r-1)continue;let o=a[(e+1)*i+t],u=t+1<i?a[e*i+t+1]:0,d=t+1<i?a[(e+1)*i+t+1]:0,f=~(n^o),p=~(n^(n>>>1|u<<31)),m=~(o^(o>>>1|d<<31)),h=f&p&m;t===i-1&&(h&=s),c+=Ir(h>>>0)}let u=r*r,d=Math.ceil(Math.max(0,Math.abs(l*100-u*50)-u*5)/(u*5)),f=o+3*c+10*d;return f>=n?f:f+40*(Wr(e)+Wr(t))}function Kr(e,t,n,r){let i=e.size,a=yr(n,r);for(let t=0;t<15;t++){let n=a>>t&1;t<6?Vr(e,8,t,n):t<8?Vr(e,8,t+1,n):t===8?Vr(e,7,8,n):Vr(e,14-t,8,n),t<8?Vr(e,i-1-t,8,n):Vr(e,8,i-15+t,n)}if(Vr(e,8,i-8,1),t>=7){let n=br(t);for(let t=0;t<18;t++){let r=n>>t&1,a=i-11+t%3,o=t/3|0;Vr(e,a,o,r),Vr(e,o,a,r)}}}var qr;function Jr(e){let t=21+4*(e-1),n=zr(t),r=new Uint8Array(t*t),i=(e,i,a)=>{Vr(n,e,i,a),r[i*t+e]=1};for(let[e,n]of[[0,0],[t-7,0],[0,t-7]])for(let r=-1;r<8;r++)for(let a=-1;a<8;a++){let o=e+a,s=n+r;o<0||s<0||o>=t||s>=t||i(o,s,+(a>=0&&a<7&&r>=0&&r<7&&(a===0||a===6||r===0||r===6||a>1&&a<5&&r>1&&r<5)))}let a=vr(e);for(let e of a)for(let n of a)if(!r[e*t+n])for(let t=-2;t<=2;t++)for(let r=-2;r<=2;r++){let a=Math.max(Math.abs(r),Math.abs(t))!==1;i(n+r,e+t,+!!a)}for(let e=0;e<t;e++)r[6*t+e]||i(e,6,+(e%2==0)),r[e*t+6]||i(6,e,+(e%2==0));for(let e=0;e<9;e++)e!==6&&(i(8,e,0),i(e,8,0)),e<8&&(i(t-1-e,8,0),i(8,t-1-e,0));if(e>=7)for(let e=0;e<18;e++){let n=t-11+e%3,r=e/3|0;i(n,r,0),i(r,n,0)}let o=[];for(let e=0;e<8;e++)o.push(zr(t));let s=new Uint16Array(t*t),c=0;for(let e=t-1,i=-1,a=t-1;e>0;e-=2,i=-i)for(e===6&&(e=5);;a+=i){for(let i=0;i<2;i++){let l=e-i;if(r[a*t+l])continue;let u=a*n.words+(l>>>5);s[c++]=u<<5|l&31;for(let e=0,t=Pr(l,a);t;e++,t>>=1)t&1&&(o[e].v[u]|=1<<(l&31))}if(a+i<0||a+i>=t)break}let l=o.map(e=>{let n=zr(t);return Hr(e,n),n.v});return{ver:e,tpl:n.v,pos:s.slice(0,c),planes:o.map(e=>e.v),planesT:l,work:[zr(t),zr(t),zr(t),zr(t)]}}function Yr(e,t,n,r,i=!1){(qr===void 0||qr.ver!==e)&&(qr=Jr(e));let{tpl:a,pos:o,planes:s,planesT:c,work:l}=qr,[u,d,f,p]=l;u.v.set(a);let m=Math.min(8*n.length,o.length);for(let e=0;e<m;e++)if(n[e>>>3]&128>>>(e&7)){let t=o[e];u.v[t>>>5]|=1<<(t&31)}let h=r;if(h===void 0){Hr(u,d);let e=1/0;for(let t=0;t<8;t++){let n=s[t],r=c[t];for(let e=0;e<f.v.length;e++)f.v[e]=u.v[e]^n[e],p.v[e]=d.v[e]^r[e];let i=Gr(f,p,e);i<e&&(e=i,h=t)}}let g=s[h];for(let e=0;e<u.v.length;e++)u.v[e]^=g[e];return i||Kr(u,e,t,h),u}var Xr=(e,t)=>{if(typeof e!=`number`)throw TypeError(`"${t}" expected number, got type=${typeof e}`);if(!Number.isSafeInteger(e))throw RangeError(`"${t}" expected safe integer, got ${e}`);return e},Zr=(e,t)=>{if(typeof e!=`string`)throw TypeError(`"${t}" expected string, got type=${typeof e}`);return e};function Qr(e){let t=0;for(let n=0;n<e.length;n++){let r=e.charCodeAt(n);if(r<128)t++;else if(r<2048)t+=2;else if(r<55296||r>57343)t+=3;else if(r<=56319&&n+1<e.length){let r=e.charCodeAt(n+1);r>=56320&&r<=57343?(t+=4,n++):t+=3}else t+=3}return t}function $r(e,t){let n=Sr.byte[Math.floor((e+7)/17)];return Math.min((1<<n)-1,Math.floor((Or(e,t).capacity-4-n)/8))}function ei(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name===`Uint8Array`&&`BYTES_PER_ELEMENT`in e&&e.BYTES_PER_ELEMENT===1}var ti=(e,t,n)=>e.map[t]>=0&&e.map[n]>=0&&Br(e.m,e.map[t],e.map[n])===1,ni=[10,27],ri=String.fromCharCode(ni[0]);function ii(e){let t=e.W,n=Array(t);for(let r=0;r<t;r++){let i=Array(t);for(let n=0;n<t;n++)i[n]=ti(e,n,r);n[r]=i}return n}function ai(e){let t=e.W,n=``;for(let r=0;r<t;r+=2){for(let i=0;i<t;i++){let a=ti(e,i,r),o=r+1>=t||ti(e,i,r+1);n+=!a&&!o?`█`:!a&&o?`▀`:a&&!o?`▄`:` `}n+=ri}return n}function oi(e){let t=e.W,n=String.fromCharCode(ni[1]),r=n+`[0m`,i=``;for(let a=0;a<t;a++){for(let o=0;o<t;o++)i+=ti(e,o,a)?`${n}[40m  ${r}`:`${n}[1;47m  ${r}`;i+=ri}return i}function si(e,t){let n=e.W,r=`<svg viewBox="0 0 ${n} ${n}" xmlns="http://www.w3.org/2000/svg">`,i=``,a;for(let o=0;o<n;o++)for(let s=0;s<n;s++){if(!ti(e,s,o))continue;if(!t){r+=`<rect x="${s}" y="${o}" width="1" height="1" />`;continue}let n=`M${s} ${o}`;if(a){let e=`m${s-a.x} ${o-a.y}`;e.length<=n.length&&(n=e)}i+=`${n}h1v1${s<10?`H${s}`:`h-1`}Z`,a={x:s,y:o}}return t&&(r+=`<path d="${i}"/>`),r+`</svg>`}function ci(e){let t=e.W,n=t*t,r=Math.floor(n/126),i=n%126,a=new Uint8Array(408+r*128+2+i+4),o=0,s=e=>{a[o++]=e&255,a[o++]=e>>>8};for(let e of[71,73,70,56,55,97])a[o++]=e;s(t),s(t),a[o++]=246,o+=2,a[o++]=255,a[o++]=255,a[o++]=255,o+=381,a[o++]=44,o+=4,s(t),s(t),a[o++]=0,a[o++]=7;let{m:c,map:l}=e,u=new Uint8Array(t),d=-2;for(let e=0,r=0;e<t;e++){let i=l[e];if(i!==d&&(d=i,u.fill(0),i>=0))for(let e=0;e<t;e++)l[e]>=0&&(u[e]=Br(c,l[e],i));for(let e=0;e<t;){if(r%126==0){let e=n-r;a[o++]=(e<126?e:126)+1,a[o++]=128}let i=Math.min(126-r%126,t-e);a.set(u.subarray(e,e+i),o),o+=i,e+=i,r+=i}}return i===0&&(a[o++]=1,a[o++]=128),a[o++]=1,a[o++]=129,a[o++]=0,a[o++]=59,a}function li(e){let t=e,n;if(typeof t.toBase64==`function`)n=t.toBase64();else{let e=``;for(let n=0;n<t.length;n+=8192)e+=String.fromCharCode(...t.subarray(n,n+8192));n=btoa(e)}return`data:image/gif;base64,`+n}function ui(e,t=`raw`,n={}){if(Zr(e,`text`),Zr(t,`output`),typeof n!=`object`||!n||Array.isArray(n))throw TypeError(`"opts" expected object, got type=${typeof n}`);let r=n.version;r!==void 0&&(r=Ar(r));let i=n.ecc===void 0?`medium`:n.ecc;pr.includes(i)||kr(`invalid ecc=${i}`);let a=n.encoding===void 0?jr(e):n.encoding;if(Sr[a]||kr(`invalid encoding=${a}`),a!==`byte`){let t=a===`numeric`?_r.slice(0,10):_r;for(let n of e)t.includes(n)||kr(`Unknown letter: "${n}". Allowed: ${t}`)}n.mask!==void 0&&(Xr(n.mask,`opts.mask`)<0||n.mask>7)&&kr(`invalid mask=${n.mask}`);let o=n.textEncoder;if(a===`byte`&&o===void 0){let t=$r(r===void 0?40:r,i);(e.length>t||Qr(e)>t)&&kr(`Capacity overflow`)}let s=a===`byte`?(o===void 0?e=>new TextEncoder().encode(e):o)(e):void 0;if(s!==void 0&&!ei(s))throw TypeError(`"opts.textEncoder" expected Uint8Array, got type=${typeof s}`);let c=a===`byte`?s.length:e.length,l=a===`numeric`?Math.floor(c/3)*10+[0,4,7][c%3]:a===`alphanumeric`?Math.floor(c/2)*11+c%2*6:c*8;if(r===void 0){for(r=1;r<=40;r++){let e=Sr[a][Math.floor((r+7)/17)];if(c<1<<e&&4+e+l<=Or(r,i).capacity)break}r>40&&kr(`Capacity overflow`)}else{let e=Sr[a][Math.floor((r+7)/17)];(c>=1<<e||4+e+l>Or(r,i).capacity)&&kr(`Capacity overflow`)}let u=Nr(r,i,e,a,s),d=Yr(r,i,u,n.mask),f=n.border===void 0?2:Xr(n.border,`opts.border`);if(f<=0)throw RangeError(`invalid border=${f}`);let p=n.scale===void 0?1:Xr(n.scale,`opts.scale`);if(p<=0||p>1024)throw RangeError(`invalid scale factor: ${p}`);let m=(d.size+2*f)*p,h=t===`ascii`||t===`gif`||t===`data-url`?dr:ur;if(m>h)throw RangeError(`invalid opts: output is ${m}x${m} (max ${h}), reduce border/scale`);let g=new Int32Array(m);for(let e=0;e<m;e++){let t=Math.floor(e/p)-f;g[e]=t>=0&&t<d.size?t:-1}let _={m:d,W:m,map:g};return t===`raw`?ii(_):t===`ascii`?ai(_):t===`term`?oi(_):t===`svg`?si(_,n.optimize===void 0||n.optimize):t===`gif`?ci(_):t===`data-url`?li(ci(_)):kr(`Unknown output: ${t}`)}function di(e,t={}){let{errorCorrection:n,version:r}=t,i=ui(e,`raw`,{border:0,ecc:n,scale:1,version:r});return{edgeLength:i.length,finderLength:7,grid:i,value:e}}var W=_();function fi(e){let{arena:t,...n}=e;return(0,W.jsxs)(fi.Root,{...n,children:[(0,W.jsx)(fi.Finder,{}),(0,W.jsx)(fi.Cells,{}),t&&(0,W.jsx)(fi.Arena,{children:typeof t==`string`?(0,W.jsx)(`img`,{alt:`Arena`,src:t,style:{borderRadius:1,height:`100%`,objectFit:`cover`,width:`100%`}}):t})]})}(function(e){e.Context=O.createContext(null);function t(t){let{children:n,size:r=`100%`,value:i,version:a,errorCorrection:o,...s}=t,c=O.useMemo(()=>(O.Children.map(n,e=>!O.isValidElement(e)||typeof e.type==`string`?null:`displayName`in e.type&&e.type.displayName===`Arena`||null)??[]).some(Boolean),[n]),l=O.useMemo(()=>{let e=o;return c&&o===`low`&&(e=`medium`),di(i,{errorCorrection:e,version:a})},[i,c,o,a]),u=l.edgeLength*1,d=l.finderLength*1/2,f=c?Math.floor(u/4):0,p=O.useMemo(()=>({arenaSize:f,cellSize:1,edgeSize:u,qrcode:l,finderSize:d}),[f,u,l,d]);return(0,W.jsx)(e.Context.Provider,{value:p,children:(0,W.jsxs)(`svg`,{...s,width:r,height:r,viewBox:`0 0 ${u} ${u}`,xmlns:`http://www.w3.org/2000/svg`,children:[(0,W.jsx)(`title`,{children:`QR Code`}),n]})})}e.Root=t,(function(e){e.displayName=`Root`})(t=e.Root||={});function n(t){let{className:n,fill:r,innerClassName:i,radius:a=.25}=t,{cellSize:o,edgeSize:s,finderSize:c}=O.useContext(e.Context);function l({position:e}){let t=c-(c-o)-o/2;e===`top-right`&&(t=s-c-(c-o)-o/2);let l=c-(c-o)-o/2;e===`bottom-left`&&(l=s-c-(c-o)-o/2);let u=c-o*1.5;e===`top-right`&&(u=s-c-o*1.5);let d=c-o*1.5;return e===`bottom-left`&&(d=s-c-o*1.5),(0,W.jsxs)(W.Fragment,{children:[(0,W.jsx)(`rect`,{className:n,stroke:r??`currentColor`,fill:`transparent`,x:t,y:l,width:o+(c-o)*2,height:o+(c-o)*2,rx:2*a*(c-o),ry:2*a*(c-o),strokeWidth:o}),(0,W.jsx)(`rect`,{className:i,fill:r??`currentColor`,x:u,y:d,width:o*3,height:o*3,rx:2*a*o,ry:2*a*o})]})}return(0,W.jsxs)(W.Fragment,{children:[(0,W.jsx)(l,{position:`top-left`}),(0,W.jsx)(l,{position:`top-right`}),(0,W.jsx)(l,{position:`bottom-left`})]})}e.Finder=n,(function(e){e.displayName=`Finder`})(n=e.Finder||={});function r(t){let{className:n,fill:r=`currentColor`,inset:i=!0,radius:a=1}=t,{arenaSize:o,cellSize:s,qrcode:c}=O.useContext(e.Context),{edgeLength:l,finderLength:u}=c,d=O.useMemo(()=>{let e=``;for(let t=0;t<c.grid.length;t++){let n=c.grid[t];if(n)for(let r=0;r<n.length;r++){if(!n[r])continue;let c=l/2-o/2,d=c+o;if(t>=c&&t<=d&&r>=c&&r<=d)continue;let f=t<u&&r<u,p=t<u&&r>=l-u,m=t>=l-u&&r<u;if(f||p||m)continue;let h=i?s*.1:0,g=(s-h*2)/2,_=r*s+s/2,v=t*s+s/2,y=_-g,b=_+g,x=v-g,S=v+g,C=a*g;e+=[`M ${y+C},${x}`,`L ${b-C},${x}`,`A ${C},${C} 0 0,1 ${b},${x+C}`,`L ${b},${S-C}`,`A ${C},${C} 0 0,1 ${b-C},${S}`,`L ${y+C},${S}`,`A ${C},${C} 0 0,1 ${y},${S-C}`,`L ${y},${x+C}`,`A ${C},${C} 0 0,1 ${y+C},${x}`,`z`].join(` `)}}return e},[o,s,l,u,c.grid,i,a]);return(0,W.jsx)(`path`,{className:n,d,fill:r})}e.Cells=r,(function(e){e.displayName=`Cells`})(r=e.Cells||={});function i(t){let{children:n}=t,{arenaSize:r,cellSize:i,edgeSize:a}=O.useContext(e.Context),o=Math.ceil(a/2-r/2),s=r+r%2,c=i/2;return(0,W.jsx)(`foreignObject`,{x:o,y:o,width:s,height:s,children:(0,W.jsx)(`div`,{style:{alignItems:`center`,display:`flex`,fontSize:1,justifyContent:`center`,height:`100%`,overflow:`hidden`,width:`100%`,padding:c,boxSizing:`border-box`},children:n})})}e.Arena=i,(function(e){e.displayName=`Arena`})(i=e.Arena||={})})(fi||={});var pi=768;se({conditions:{defaultCondition:`smallScreen`,conditionNames:[`smallScreen`,`largeScreen`],responsiveArray:void 0}}),oe({conditions:{defaultCondition:`smallScreen`,conditionNames:[`smallScreen`,`largeScreen`],responsiveArray:void 0}});var mi=he({conditions:{defaultCondition:`base`,conditionNames:[`base`,`hover`,`active`],responsiveArray:void 0},styles:{background:{values:{accentColor:{conditions:{base:`ju367v9i`,hover:`ju367v9j`,active:`ju367v9k`},defaultClass:`ju367v9i`},accentColorForeground:{conditions:{base:`ju367v9l`,hover:`ju367v9m`,active:`ju367v9n`},defaultClass:`ju367v9l`},actionButtonBorder:{conditions:{base:`ju367v9o`,hover:`ju367v9p`,active:`ju367v9q`},defaultClass:`ju367v9o`},actionButtonBorderMobile:{conditions:{base:`ju367v9r`,hover:`ju367v9s`,active:`ju367v9t`},defaultClass:`ju367v9r`},actionButtonSecondaryBackground:{conditions:{base:`ju367v9u`,hover:`ju367v9v`,active:`ju367v9w`},defaultClass:`ju367v9u`},closeButton:{conditions:{base:`ju367v9x`,hover:`ju367v9y`,active:`ju367v9z`},defaultClass:`ju367v9x`},closeButtonBackground:{conditions:{base:`ju367va0`,hover:`ju367va1`,active:`ju367va2`},defaultClass:`ju367va0`},connectButtonBackground:{conditions:{base:`ju367va3`,hover:`ju367va4`,active:`ju367va5`},defaultClass:`ju367va3`},connectButtonBackgroundError:{conditions:{base:`ju367va6`,hover:`ju367va7`,active:`ju367va8`},defaultClass:`ju367va6`},connectButtonInnerBackground:{conditions:{base:`ju367va9`,hover:`ju367vaa`,active:`ju367vab`},defaultClass:`ju367va9`},connectButtonText:{conditions:{base:`ju367vac`,hover:`ju367vad`,active:`ju367vae`},defaultClass:`ju367vac`},connectButtonTextError:{conditions:{base:`ju367vaf`,hover:`ju367vag`,active:`ju367vah`},defaultClass:`ju367vaf`},connectionIndicator:{conditions:{base:`ju367vai`,hover:`ju367vaj`,active:`ju367vak`},defaultClass:`ju367vai`},downloadBottomCardBackground:{conditions:{base:`ju367val`,hover:`ju367vam`,active:`ju367van`},defaultClass:`ju367val`},downloadTopCardBackground:{conditions:{base:`ju367vao`,hover:`ju367vap`,active:`ju367vaq`},defaultClass:`ju367vao`},error:{conditions:{base:`ju367var`,hover:`ju367vas`,active:`ju367vat`},defaultClass:`ju367var`},generalBorder:{conditions:{base:`ju367vau`,hover:`ju367vav`,active:`ju367vaw`},defaultClass:`ju367vau`},generalBorderDim:{conditions:{base:`ju367vax`,hover:`ju367vay`,active:`ju367vaz`},defaultClass:`ju367vax`},menuItemBackground:{conditions:{base:`ju367vb0`,hover:`ju367vb1`,active:`ju367vb2`},defaultClass:`ju367vb0`},modalBackdrop:{conditions:{base:`ju367vb3`,hover:`ju367vb4`,active:`ju367vb5`},defaultClass:`ju367vb3`},modalBackground:{conditions:{base:`ju367vb6`,hover:`ju367vb7`,active:`ju367vb8`},defaultClass:`ju367vb6`},modalBorder:{conditions:{base:`ju367vb9`,hover:`ju367vba`,active:`ju367vbb`},defaultClass:`ju367vb9`},modalText:{conditions:{base:`ju367vbc`,hover:`ju367vbd`,active:`ju367vbe`},defaultClass:`ju367vbc`},modalTextDim:{conditions:{base:`ju367vbf`,hover:`ju367vbg`,active:`ju367vbh`},defaultClass:`ju367vbf`},modalTextSecondary:{conditions:{base:`ju367vbi`,hover:`ju367vbj`,active:`ju367vbk`},defaultClass:`ju367vbi`},profileAction:{conditions:{base:`ju367vbl`,hover:`ju367vbm`,active:`ju367vbn`},defaultClass:`ju367vbl`},profileActionHover:{conditions:{base:`ju367vbo`,hover:`ju367vbp`,active:`ju367vbq`},defaultClass:`ju367vbo`},profileForeground:{conditions:{base:`ju367vbr`,hover:`ju367vbs`,active:`ju367vbt`},defaultClass:`ju367vbr`},selectedOptionBorder:{conditions:{base:`ju367vbu`,hover:`ju367vbv`,active:`ju367vbw`},defaultClass:`ju367vbu`},standby:{conditions:{base:`ju367vbx`,hover:`ju367vby`,active:`ju367vbz`},defaultClass:`ju367vbx`}}},borderColor:{values:{accentColor:{conditions:{base:`ju367vc0`,hover:`ju367vc1`,active:`ju367vc2`},defaultClass:`ju367vc0`},accentColorForeground:{conditions:{base:`ju367vc3`,hover:`ju367vc4`,active:`ju367vc5`},defaultClass:`ju367vc3`},actionButtonBorder:{conditions:{base:`ju367vc6`,hover:`ju367vc7`,active:`ju367vc8`},defaultClass:`ju367vc6`},actionButtonBorderMobile:{conditions:{base:`ju367vc9`,hover:`ju367vca`,active:`ju367vcb`},defaultClass:`ju367vc9`},actionButtonSecondaryBackground:{conditions:{base:`ju367vcc`,hover:`ju367vcd`,active:`ju367vce`},defaultClass:`ju367vcc`},closeButton:{conditions:{base:`ju367vcf`,hover:`ju367vcg`,active:`ju367vch`},defaultClass:`ju367vcf`},closeButtonBackground:{conditions:{base:`ju367vci`,hover:`ju367vcj`,active:`ju367vck`},defaultClass:`ju367vci`},connectButtonBackground:{conditions:{base:`ju367vcl`,hover:`ju367vcm`,active:`ju367vcn`},defaultClass:`ju367vcl`},connectButtonBackgroundError:{conditions:{base:`ju367vco`,hover:`ju367vcp`,active:`ju367vcq`},defaultClass:`ju367vco`},connectButtonInnerBackground:{conditions:{base:`ju367vcr`,hover:`ju367vcs`,active:`ju367vct`},defaultClass:`ju367vcr`},connectButtonText:{conditions:{base:`ju367vcu`,hover:`ju367vcv`,active:`ju367vcw`},defaultClass:`ju367vcu`},connectButtonTextError:{conditions:{base:`ju367vcx`,hover:`ju367vcy`,active:`ju367vcz`},defaultClass:`ju367vcx`},connectionIndicator:{conditions:{base:`ju367vd0`,hover:`ju367vd1`,active:`ju367vd2`},defaultClass:`ju367vd0`},downloadBottomCardBackground:{conditions:{base:`ju367vd3`,hover:`ju367vd4`,active:`ju367vd5`},defaultClass:`ju367vd3`},downloadTopCardBackground:{conditions:{base:`ju367vd6`,hover:`ju367vd7`,active:`ju367vd8`},defaultClass:`ju367vd6`},error:{conditions:{base:`ju367vd9`,hover:`ju367vda`,active:`ju367vdb`},defaultClass:`ju367vd9`},generalBorder:{conditions:{base:`ju367vdc`,hover:`ju367vdd`,active:`ju367vde`},defaultClass:`ju367vdc`},generalBorderDim:{conditions:{base:`ju367vdf`,hover:`ju367vdg`,active:`ju367vdh`},defaultClass:`ju367vdf`},menuItemBackground:{conditions:{base:`ju367vdi`,hover:`ju367vdj`,active:`ju367vdk`},defaultClass:`ju367vdi`},modalBackdrop:{conditions:{base:`ju367vdl`,hover:`ju367vdm`,active:`ju367vdn`},defaultClass:`ju367vdl`},modalBackground:{conditions:{base:`ju367vdo`,hover:`ju367vdp`,active:`ju367vdq`},defaultClass:`ju367vdo`},modalBorder:{conditions:{base:`ju367vdr`,hover:`ju367vds`,active:`ju367vdt`},defaultClass:`ju367vdr`},modalText:{conditions:{base:`ju367vdu`,hover:`ju367vdv`,active:`ju367vdw`},defaultClass:`ju367vdu`},modalTextDim:{conditions:{base:`ju367vdx`,hover:`ju367vdy`,active:`ju367vdz`},defaultClass:`ju367vdx`},modalTextSecondary:{conditions:{base:`ju367ve0`,hover:`ju367ve1`,active:`ju367ve2`},defaultClass:`ju367ve0`},profileAction:{conditions:{base:`ju367ve3`,hover:`ju367ve4`,active:`ju367ve5`},defaultClass:`ju367ve3`},profileActionHover:{conditions:{base:`ju367ve6`,hover:`ju367ve7`,active:`ju367ve8`},defaultClass:`ju367ve6`},profileForeground:{conditions:{base:`ju367ve9`,hover:`ju367vea`,active:`ju367veb`},defaultClass:`ju367ve9`},selectedOptionBorder:{conditions:{base:`ju367vec`,hover:`ju367ved`,active:`ju367vee`},defaultClass:`ju367vec`},standby:{conditions:{base:`ju367vef`,hover:`ju367veg`,active:`ju367veh`},defaultClass:`ju367vef`}}},boxShadow:{values:{connectButton:{conditions:{base:`ju367vei`,hover:`ju367vej`,active:`ju367vek`},defaultClass:`ju367vei`},dialog:{conditions:{base:`ju367vel`,hover:`ju367vem`,active:`ju367ven`},defaultClass:`ju367vel`},profileDetailsAction:{conditions:{base:`ju367veo`,hover:`ju367vep`,active:`ju367veq`},defaultClass:`ju367veo`},selectedOption:{conditions:{base:`ju367ver`,hover:`ju367ves`,active:`ju367vet`},defaultClass:`ju367ver`},selectedWallet:{conditions:{base:`ju367veu`,hover:`ju367vev`,active:`ju367vew`},defaultClass:`ju367veu`},walletLogo:{conditions:{base:`ju367vex`,hover:`ju367vey`,active:`ju367vez`},defaultClass:`ju367vex`}}},color:{values:{accentColor:{conditions:{base:`ju367vf0`,hover:`ju367vf1`,active:`ju367vf2`},defaultClass:`ju367vf0`},accentColorForeground:{conditions:{base:`ju367vf3`,hover:`ju367vf4`,active:`ju367vf5`},defaultClass:`ju367vf3`},actionButtonBorder:{conditions:{base:`ju367vf6`,hover:`ju367vf7`,active:`ju367vf8`},defaultClass:`ju367vf6`},actionButtonBorderMobile:{conditions:{base:`ju367vf9`,hover:`ju367vfa`,active:`ju367vfb`},defaultClass:`ju367vf9`},actionButtonSecondaryBackground:{conditions:{base:`ju367vfc`,hover:`ju367vfd`,active:`ju367vfe`},defaultClass:`ju367vfc`},closeButton:{conditions:{base:`ju367vff`,hover:`ju367vfg`,active:`ju367vfh`},defaultClass:`ju367vff`},closeButtonBackground:{conditions:{base:`ju367vfi`,hover:`ju367vfj`,active:`ju367vfk`},defaultClass:`ju367vfi`},connectButtonBackground:{conditions:{base:`ju367vfl`,hover:`ju367vfm`,active:`ju367vfn`},defaultClass:`ju367vfl`},connectButtonBackgroundError:{conditions:{base:`ju367vfo`,hover:`ju367vfp`,active:`ju367vfq`},defaultClass:`ju367vfo`},connectButtonInnerBackground:{conditions:{base:`ju367vfr`,hover:`ju367vfs`,active:`ju367vft`},defaultClass:`ju367vfr`},connectButtonText:{conditions:{base:`ju367vfu`,hover:`ju367vfv`,active:`ju367vfw`},defaultClass:`ju367vfu`},connectButtonTextError:{conditions:{base:`ju367vfx`,hover:`ju367vfy`,active:`ju367vfz`},defaultClass:`ju367vfx`},connectionIndicator:{conditions:{base:`ju367vg0`,hover:`ju367vg1`,active:`ju367vg2`},defaultClass:`ju367vg0`},downloadBottomCardBackground:{conditions:{base:`ju367vg3`,hover:`ju367vg4`,active:`ju367vg5`},defaultClass:`ju367vg3`},downloadTopCardBackground:{conditions:{base:`ju367vg6`,hover:`ju367vg7`,active:`ju367vg8`},defaultClass:`ju367vg6`},error:{conditions:{base:`ju367vg9`,hover:`ju367vga`,active:`ju367vgb`},defaultClass:`ju367vg9`},generalBorder:{conditions:{base:`ju367vgc`,hover:`ju367vgd`,active:`ju367vge`},defaultClass:`ju367vgc`},generalBorderDim:{conditions:{base:`ju367vgf`,hover:`ju367vgg`,active:`ju367vgh`},defaultClass:`ju367vgf`},menuItemBackground:{conditions:{base:`ju367vgi`,hover:`ju367vgj`,active:`ju367vgk`},defaultClass:`ju367vgi`},modalBackdrop:{conditions:{base:`ju367vgl`,hover:`ju367vgm`,active:`ju367vgn`},defaultClass:`ju367vgl`},modalBackground:{conditions:{base:`ju367vgo`,hover:`ju367vgp`,active:`ju367vgq`},defaultClass:`ju367vgo`},modalBorder:{conditions:{base:`ju367vgr`,hover:`ju367vgs`,active:`ju367vgt`},defaultClass:`ju367vgr`},modalText:{conditions:{base:`ju367vgu`,hover:`ju367vgv`,active:`ju367vgw`},defaultClass:`ju367vgu`},modalTextDim:{conditions:{base:`ju367vgx`,hover:`ju367vgy`,active:`ju367vgz`},defaultClass:`ju367vgx`},modalTextSecondary:{conditions:{base:`ju367vh0`,hover:`ju367vh1`,active:`ju367vh2`},defaultClass:`ju367vh0`},profileAction:{conditions:{base:`ju367vh3`,hover:`ju367vh4`,active:`ju367vh5`},defaultClass:`ju367vh3`},profileActionHover:{conditions:{base:`ju367vh6`,hover:`ju367vh7`,active:`ju367vh8`},defaultClass:`ju367vh6`},profileForeground:{conditions:{base:`ju367vh9`,hover:`ju367vha`,active:`ju367vhb`},defaultClass:`ju367vh9`},selectedOptionBorder:{conditions:{base:`ju367vhc`,hover:`ju367vhd`,active:`ju367vhe`},defaultClass:`ju367vhc`},standby:{conditions:{base:`ju367vhf`,hover:`ju367vhg`,active:`ju367vhh`},defaultClass:`ju367vhf`}}}}},{conditions:{defaultCondition:`smallScreen`,conditionNames:[`smallScreen`,`largeScreen`],responsiveArray:void 0},styles:{alignItems:{values:{"flex-start":{conditions:{smallScreen:`ju367v0`,largeScreen:`ju367v1`},defaultClass:`ju367v0`},"flex-end":{conditions:{smallScreen:`ju367v2`,largeScreen:`ju367v3`},defaultClass:`ju367v2`},center:{conditions:{smallScreen:`ju367v4`,largeScreen:`ju367v5`},defaultClass:`ju367v4`}}},display:{values:{none:{conditions:{smallScreen:`ju367v6`,largeScreen:`ju367v7`},defaultClass:`ju367v6`},block:{conditions:{smallScreen:`ju367v8`,largeScreen:`ju367v9`},defaultClass:`ju367v8`},flex:{conditions:{smallScreen:`ju367va`,largeScreen:`ju367vb`},defaultClass:`ju367va`},inline:{conditions:{smallScreen:`ju367vc`,largeScreen:`ju367vd`},defaultClass:`ju367vc`}}}}},{conditions:void 0,styles:{margin:{mappings:[`marginTop`,`marginBottom`,`marginLeft`,`marginRight`]},marginX:{mappings:[`marginLeft`,`marginRight`]},marginY:{mappings:[`marginTop`,`marginBottom`]},padding:{mappings:[`paddingTop`,`paddingBottom`,`paddingLeft`,`paddingRight`]},paddingX:{mappings:[`paddingLeft`,`paddingRight`]},paddingY:{mappings:[`paddingTop`,`paddingBottom`]},alignSelf:{values:{"flex-start":{defaultClass:`ju367ve`},"flex-end":{defaultClass:`ju367vf`},center:{defaultClass:`ju367vg`}}},backgroundSize:{values:{cover:{defaultClass:`ju367vh`}}},borderRadius:{values:{1:{defaultClass:`ju367vi`},6:{defaultClass:`ju367vj`},10:{defaultClass:`ju367vk`},13:{defaultClass:`ju367vl`},actionButton:{defaultClass:`ju367vm`},connectButton:{defaultClass:`ju367vn`},menuButton:{defaultClass:`ju367vo`},modal:{defaultClass:`ju367vp`},modalMobile:{defaultClass:`ju367vq`},"25%":{defaultClass:`ju367vr`},full:{defaultClass:`ju367vs`}}},borderStyle:{values:{solid:{defaultClass:`ju367vt`}}},borderWidth:{values:{0:{defaultClass:`ju367vu`},1:{defaultClass:`ju367vv`},2:{defaultClass:`ju367vw`},4:{defaultClass:`ju367vx`}}},cursor:{values:{pointer:{defaultClass:`ju367vy`},none:{defaultClass:`ju367vz`}}},pointerEvents:{values:{none:{defaultClass:`ju367v10`},all:{defaultClass:`ju367v11`}}},minHeight:{values:{8:{defaultClass:`ju367v12`},44:{defaultClass:`ju367v13`}}},flexDirection:{values:{row:{defaultClass:`ju367v14`},column:{defaultClass:`ju367v15`}}},fontFamily:{values:{body:{defaultClass:`ju367v16`}}},fontSize:{values:{12:{defaultClass:`ju367v17`},13:{defaultClass:`ju367v18`},14:{defaultClass:`ju367v19`},16:{defaultClass:`ju367v1a`},18:{defaultClass:`ju367v1b`},20:{defaultClass:`ju367v1c`},23:{defaultClass:`ju367v1d`}}},fontWeight:{values:{regular:{defaultClass:`ju367v1e`},medium:{defaultClass:`ju367v1f`},semibold:{defaultClass:`ju367v1g`},bold:{defaultClass:`ju367v1h`},heavy:{defaultClass:`ju367v1i`}}},gap:{values:{0:{defaultClass:`ju367v1j`},1:{defaultClass:`ju367v1k`},2:{defaultClass:`ju367v1l`},3:{defaultClass:`ju367v1m`},4:{defaultClass:`ju367v1n`},5:{defaultClass:`ju367v1o`},6:{defaultClass:`ju367v1p`},8:{defaultClass:`ju367v1q`},10:{defaultClass:`ju367v1r`},12:{defaultClass:`ju367v1s`},14:{defaultClass:`ju367v1t`},16:{defaultClass:`ju367v1u`},18:{defaultClass:`ju367v1v`},20:{defaultClass:`ju367v1w`},24:{defaultClass:`ju367v1x`},28:{defaultClass:`ju367v1y`},32:{defaultClass:`ju367v1z`},36:{defaultClass:`ju367v20`},44:{defaultClass:`ju367v21`},64:{defaultClass:`ju367v22`},"-1":{defaultClass:`ju367v23`}}},height:{values:{1:{defaultClass:`ju367v24`},2:{defaultClass:`ju367v25`},4:{defaultClass:`ju367v26`},8:{defaultClass:`ju367v27`},12:{defaultClass:`ju367v28`},20:{defaultClass:`ju367v29`},24:{defaultClass:`ju367v2a`},28:{defaultClass:`ju367v2b`},30:{defaultClass:`ju367v2c`},32:{defaultClass:`ju367v2d`},34:{defaultClass:`ju367v2e`},36:{defaultClass:`ju367v2f`},40:{defaultClass:`ju367v2g`},44:{defaultClass:`ju367v2h`},48:{defaultClass:`ju367v2i`},54:{defaultClass:`ju367v2j`},60:{defaultClass:`ju367v2k`},200:{defaultClass:`ju367v2l`},full:{defaultClass:`ju367v2m`},max:{defaultClass:`ju367v2n`}}},justifyContent:{values:{"flex-start":{defaultClass:`ju367v2o`},"flex-end":{defaultClass:`ju367v2p`},center:{defaultClass:`ju367v2q`},"space-between":{defaultClass:`ju367v2r`},"space-around":{defaultClass:`ju367v2s`}}},textAlign:{values:{left:{defaultClass:`ju367v2t`},center:{defaultClass:`ju367v2u`},inherit:{defaultClass:`ju367v2v`}}},marginBottom:{values:{0:{defaultClass:`ju367v2w`},1:{defaultClass:`ju367v2x`},2:{defaultClass:`ju367v2y`},3:{defaultClass:`ju367v2z`},4:{defaultClass:`ju367v30`},5:{defaultClass:`ju367v31`},6:{defaultClass:`ju367v32`},8:{defaultClass:`ju367v33`},10:{defaultClass:`ju367v34`},12:{defaultClass:`ju367v35`},14:{defaultClass:`ju367v36`},16:{defaultClass:`ju367v37`},18:{defaultClass:`ju367v38`},20:{defaultClass:`ju367v39`},24:{defaultClass:`ju367v3a`},28:{defaultClass:`ju367v3b`},32:{defaultClass:`ju367v3c`},36:{defaultClass:`ju367v3d`},44:{defaultClass:`ju367v3e`},64:{defaultClass:`ju367v3f`},"-1":{defaultClass:`ju367v3g`}}},marginLeft:{values:{0:{defaultClass:`ju367v3h`},1:{defaultClass:`ju367v3i`},2:{defaultClass:`ju367v3j`},3:{defaultClass:`ju367v3k`},4:{defaultClass:`ju367v3l`},5:{defaultClass:`ju367v3m`},6:{defaultClass:`ju367v3n`},8:{defaultClass:`ju367v3o`},10:{defaultClass:`ju367v3p`},12:{defaultClass:`ju367v3q`},14:{defaultClass:`ju367v3r`},16:{defaultClass:`ju367v3s`},18:{defaultClass:`ju367v3t`},20:{defaultClass:`ju367v3u`},24:{defaultClass:`ju367v3v`},28:{defaultClass:`ju367v3w`},32:{defaultClass:`ju367v3x`},36:{defaultClass:`ju367v3y`},44:{defaultClass:`ju367v3z`},64:{defaultClass:`ju367v40`},"-1":{defaultClass:`ju367v41`}}},marginRight:{values:{0:{defaultClass:`ju367v42`},1:{defaultClass:`ju367v43`},2:{defaultClass:`ju367v44`},3:{defaultClass:`ju367v45`},4:{defaultClass:`ju367v46`},5:{defaultClass:`ju367v47`},6:{defaultClass:`ju367v48`},8:{defaultClass:`ju367v49`},10:{defaultClass:`ju367v4a`},12:{defaultClass:`ju367v4b`},14:{defaultClass:`ju367v4c`},16:{defaultClass:`ju367v4d`},18:{defaultClass:`ju367v4e`},20:{defaultClass:`ju367v4f`},24:{defaultClass:`ju367v4g`},28:{defaultClass:`ju367v4h`},32:{defaultClass:`ju367v4i`},36:{defaultClass:`ju367v4j`},44:{defaultClass:`ju367v4k`},64:{defaultClass:`ju367v4l`},"-1":{defaultClass:`ju367v4m`}}},marginTop:{values:{0:{defaultClass:`ju367v4n`},1:{defaultClass:`ju367v4o`},2:{defaultClass:`ju367v4p`},3:{defaultClass:`ju367v4q`},4:{defaultClass:`ju367v4r`},5:{defaultClass:`ju367v4s`},6:{defaultClass:`ju367v4t`},8:{defaultClass:`ju367v4u`},10:{defaultClass:`ju367v4v`},12:{defaultClass:`ju367v4w`},14:{defaultClass:`ju367v4x`},16:{defaultClass:`ju367v4y`},18:{defaultClass:`ju367v4z`},20:{defaultClass:`ju367v50`},24:{defaultClass:`ju367v51`},28:{defaultClass:`ju367v52`},32:{defaultClass:`ju367v53`},36:{defaultClass:`ju367v54`},44:{defaultClass:`ju367v55`},64:{defaultClass:`ju367v56`},"-1":{defaultClass:`ju367v57`}}},maxWidth:{values:{1:{defaultClass:`ju367v58`},2:{defaultClass:`ju367v59`},4:{defaultClass:`ju367v5a`},8:{defaultClass:`ju367v5b`},12:{defaultClass:`ju367v5c`},20:{defaultClass:`ju367v5d`},24:{defaultClass:`ju367v5e`},28:{defaultClass:`ju367v5f`},30:{defaultClass:`ju367v5g`},32:{defaultClass:`ju367v5h`},34:{defaultClass:`ju367v5i`},36:{defaultClass:`ju367v5j`},40:{defaultClass:`ju367v5k`},44:{defaultClass:`ju367v5l`},48:{defaultClass:`ju367v5m`},54:{defaultClass:`ju367v5n`},60:{defaultClass:`ju367v5o`},200:{defaultClass:`ju367v5p`},full:{defaultClass:`ju367v5q`},max:{defaultClass:`ju367v5r`}}},minWidth:{values:{1:{defaultClass:`ju367v5s`},2:{defaultClass:`ju367v5t`},4:{defaultClass:`ju367v5u`},8:{defaultClass:`ju367v5v`},12:{defaultClass:`ju367v5w`},20:{defaultClass:`ju367v5x`},24:{defaultClass:`ju367v5y`},28:{defaultClass:`ju367v5z`},30:{defaultClass:`ju367v60`},32:{defaultClass:`ju367v61`},34:{defaultClass:`ju367v62`},36:{defaultClass:`ju367v63`},40:{defaultClass:`ju367v64`},44:{defaultClass:`ju367v65`},48:{defaultClass:`ju367v66`},54:{defaultClass:`ju367v67`},60:{defaultClass:`ju367v68`},200:{defaultClass:`ju367v69`},full:{defaultClass:`ju367v6a`},max:{defaultClass:`ju367v6b`}}},overflow:{values:{hidden:{defaultClass:`ju367v6c`}}},paddingBottom:{values:{0:{defaultClass:`ju367v6d`},1:{defaultClass:`ju367v6e`},2:{defaultClass:`ju367v6f`},3:{defaultClass:`ju367v6g`},4:{defaultClass:`ju367v6h`},5:{defaultClass:`ju367v6i`},6:{defaultClass:`ju367v6j`},8:{defaultClass:`ju367v6k`},10:{defaultClass:`ju367v6l`},12:{defaultClass:`ju367v6m`},14:{defaultClass:`ju367v6n`},16:{defaultClass:`ju367v6o`},18:{defaultClass:`ju367v6p`},20:{defaultClass:`ju367v6q`},24:{defaultClass:`ju367v6r`},28:{defaultClass:`ju367v6s`},32:{defaultClass:`ju367v6t`},36:{defaultClass:`ju367v6u`},44:{defaultClass:`ju367v6v`},64:{defaultClass:`ju367v6w`},"-1":{defaultClass:`ju367v6x`}}},paddingLeft:{values:{0:{defaultClass:`ju367v6y`},1:{defaultClass:`ju367v6z`},2:{defaultClass:`ju367v70`},3:{defaultClass:`ju367v71`},4:{defaultClass:`ju367v72`},5:{defaultClass:`ju367v73`},6:{defaultClass:`ju367v74`},8:{defaultClass:`ju367v75`},10:{defaultClass:`ju367v76`},12:{defaultClass:`ju367v77`},14:{defaultClass:`ju367v78`},16:{defaultClass:`ju367v79`},18:{defaultClass:`ju367v7a`},20:{defaultClass:`ju367v7b`},24:{defaultClass:`ju367v7c`},28:{defaultClass:`ju367v7d`},32:{defaultClass:`ju367v7e`},36:{defaultClass:`ju367v7f`},44:{defaultClass:`ju367v7g`},64:{defaultClass:`ju367v7h`},"-1":{defaultClass:`ju367v7i`}}},paddingRight:{values:{0:{defaultClass:`ju367v7j`},1:{defaultClass:`ju367v7k`},2:{defaultClass:`ju367v7l`},3:{defaultClass:`ju367v7m`},4:{defaultClass:`ju367v7n`},5:{defaultClass:`ju367v7o`},6:{defaultClass:`ju367v7p`},8:{defaultClass:`ju367v7q`},10:{defaultClass:`ju367v7r`},12:{defaultClass:`ju367v7s`},14:{defaultClass:`ju367v7t`},16:{defaultClass:`ju367v7u`},18:{defaultClass:`ju367v7v`},20:{defaultClass:`ju367v7w`},24:{defaultClass:`ju367v7x`},28:{defaultClass:`ju367v7y`},32:{defaultClass:`ju367v7z`},36:{defaultClass:`ju367v80`},44:{defaultClass:`ju367v81`},64:{defaultClass:`ju367v82`},"-1":{defaultClass:`ju367v83`}}},paddingTop:{values:{0:{defaultClass:`ju367v84`},1:{defaultClass:`ju367v85`},2:{defaultClass:`ju367v86`},3:{defaultClass:`ju367v87`},4:{defaultClass:`ju367v88`},5:{defaultClass:`ju367v89`},6:{defaultClass:`ju367v8a`},8:{defaultClass:`ju367v8b`},10:{defaultClass:`ju367v8c`},12:{defaultClass:`ju367v8d`},14:{defaultClass:`ju367v8e`},16:{defaultClass:`ju367v8f`},18:{defaultClass:`ju367v8g`},20:{defaultClass:`ju367v8h`},24:{defaultClass:`ju367v8i`},28:{defaultClass:`ju367v8j`},32:{defaultClass:`ju367v8k`},36:{defaultClass:`ju367v8l`},44:{defaultClass:`ju367v8m`},64:{defaultClass:`ju367v8n`},"-1":{defaultClass:`ju367v8o`}}},position:{values:{absolute:{defaultClass:`ju367v8p`},fixed:{defaultClass:`ju367v8q`},relative:{defaultClass:`ju367v8r`}}},WebkitUserSelect:{values:{none:{defaultClass:`ju367v8s`}}},right:{values:{0:{defaultClass:`ju367v8t`}}},transition:{values:{default:{defaultClass:`ju367v8u`},transform:{defaultClass:`ju367v8v`}}},userSelect:{values:{none:{defaultClass:`ju367v8w`}}},width:{values:{1:{defaultClass:`ju367v8x`},2:{defaultClass:`ju367v8y`},4:{defaultClass:`ju367v8z`},8:{defaultClass:`ju367v90`},12:{defaultClass:`ju367v91`},20:{defaultClass:`ju367v92`},24:{defaultClass:`ju367v93`},28:{defaultClass:`ju367v94`},30:{defaultClass:`ju367v95`},32:{defaultClass:`ju367v96`},34:{defaultClass:`ju367v97`},36:{defaultClass:`ju367v98`},40:{defaultClass:`ju367v99`},44:{defaultClass:`ju367v9a`},48:{defaultClass:`ju367v9b`},54:{defaultClass:`ju367v9c`},60:{defaultClass:`ju367v9d`},200:{defaultClass:`ju367v9e`},full:{defaultClass:`ju367v9f`},max:{defaultClass:`ju367v9g`}}},backdropFilter:{values:{modalOverlay:{defaultClass:`ju367v9h`}}}}}),hi={colors:{accentColor:`var(--rk-colors-accentColor)`,accentColorForeground:`var(--rk-colors-accentColorForeground)`,actionButtonBorder:`var(--rk-colors-actionButtonBorder)`,actionButtonBorderMobile:`var(--rk-colors-actionButtonBorderMobile)`,actionButtonSecondaryBackground:`var(--rk-colors-actionButtonSecondaryBackground)`,closeButton:`var(--rk-colors-closeButton)`,closeButtonBackground:`var(--rk-colors-closeButtonBackground)`,connectButtonBackground:`var(--rk-colors-connectButtonBackground)`,connectButtonBackgroundError:`var(--rk-colors-connectButtonBackgroundError)`,connectButtonInnerBackground:`var(--rk-colors-connectButtonInnerBackground)`,connectButtonText:`var(--rk-colors-connectButtonText)`,connectButtonTextError:`var(--rk-colors-connectButtonTextError)`,connectionIndicator:`var(--rk-colors-connectionIndicator)`,downloadBottomCardBackground:`var(--rk-colors-downloadBottomCardBackground)`,downloadTopCardBackground:`var(--rk-colors-downloadTopCardBackground)`,error:`var(--rk-colors-error)`,generalBorder:`var(--rk-colors-generalBorder)`,generalBorderDim:`var(--rk-colors-generalBorderDim)`,menuItemBackground:`var(--rk-colors-menuItemBackground)`,modalBackdrop:`var(--rk-colors-modalBackdrop)`,modalBackground:`var(--rk-colors-modalBackground)`,modalBorder:`var(--rk-colors-modalBorder)`,modalText:`var(--rk-colors-modalText)`,modalTextDim:`var(--rk-colors-modalTextDim)`,modalTextSecondary:`var(--rk-colors-modalTextSecondary)`,profileAction:`var(--rk-colors-profileAction)`,profileActionHover:`var(--rk-colors-profileActionHover)`,profileForeground:`var(--rk-colors-profileForeground)`,selectedOptionBorder:`var(--rk-colors-selectedOptionBorder)`,standby:`var(--rk-colors-standby)`},fonts:{body:`var(--rk-fonts-body)`},radii:{actionButton:`var(--rk-radii-actionButton)`,connectButton:`var(--rk-radii-connectButton)`,menuButton:`var(--rk-radii-menuButton)`,modal:`var(--rk-radii-modal)`,modalMobile:`var(--rk-radii-modalMobile)`},shadows:{connectButton:`var(--rk-shadows-connectButton)`,dialog:`var(--rk-shadows-dialog)`,profileDetailsAction:`var(--rk-shadows-profileDetailsAction)`,selectedOption:`var(--rk-shadows-selectedOption)`,selectedWallet:`var(--rk-shadows-selectedWallet)`,walletLogo:`var(--rk-shadows-walletLogo)`},blurs:{modalOverlay:`var(--rk-blurs-modalOverlay)`}},gi={shrink:`_12cbo8i6`,shrinkSm:`_12cbo8i7`},_i=`_12cbo8i3 ju367v8r`,vi={grow:`_12cbo8i4`,growLg:`_12cbo8i5`};function G({active:e,hover:t}){return[_i,t&&vi[t],gi[e]]}var yi=(0,O.createContext)(null);function bi(){let{adapter:e}=(0,O.useContext)(yi)??{};if(!e)throw Error(`No authentication adapter found`);return e}function xi(){return(0,O.useContext)(yi)?.status??null}function Si(){let e=xi(),{isConnected:t}=d();return t?e&&(e===`loading`||e===`unauthenticated`)?e:`connected`:`disconnected`}function Ci(){return typeof navigator<`u`&&/android/i.test(navigator.userAgent)}function wi(){return typeof navigator<`u`&&/iPhone|iPod/.test(navigator.userAgent)}function Ti(){return typeof navigator<`u`&&(/iPad/.test(navigator.userAgent)||navigator.platform===`MacIntel`&&navigator.maxTouchPoints>1)}function Ei(){return wi()||Ti()}function K(){return Ci()||Ei()}var Di=`iekbcc0`,Oi={a:`iekbcca`,blockquote:`iekbcc2`,button:`iekbcc9`,input:`iekbcc8 iekbcc5 iekbcc4`,mark:`iekbcc6`,ol:`iekbcc1`,q:`iekbcc2`,select:`iekbcc7 iekbcc5 iekbcc4`,table:`iekbcc3`,textarea:`iekbcc5 iekbcc4`,ul:`iekbcc1`},ki=({reset:e,...t})=>e?_e(Di,Oi[e],mi(t)):mi(t),q=O.forwardRef(({as:e=`div`,className:t,testId:n,...r},i)=>{let a={},o={};for(let e in r)mi.properties.has(e)?a[e]=r[e]:o[e]=r[e];let s=ki({reset:typeof e==`string`?e:`div`,...a});return O.createElement(e,{className:_e(s,t),...o,"data-testid":n?`rk-${n.replace(/^rk-/,``)}`:void 0,ref:i})});q.displayName=`Box`;var Ai=new Map,ji=new Map;async function Mi(e){let t=ji.get(e);if(t)return t;let n=async()=>e().then(async t=>(Ai.set(e,t),t)),r=n().catch(t=>n().catch(t=>{ji.delete(e)}));return ji.set(e,r),r}async function Ni(...e){return await Promise.all(e.map(e=>typeof e==`function`?Mi(e):e))}function Pi(){let[,e]=(0,O.useReducer)(e=>e+1,0);return e}function Fi(e){let t=typeof e==`function`?Ai.get(e):void 0,n=Pi();return(0,O.useEffect)(()=>{typeof e==`function`&&!t&&Mi(e).then(n)},[e,t,n]),typeof e==`function`?t:e}function J({alt:e,background:t,borderColor:n,borderRadius:r,useAsImage:i,boxShadow:a,height:o,src:s,width:c,testId:l}){let u=Ei(),d=Fi(s),f=d&&/^http/.test(d),[p,m]=(0,O.useReducer)(()=>!0,!1);return O.createElement(q,{"aria-label":e,borderRadius:r,boxShadow:a,height:typeof o==`string`?o:void 0,overflow:`hidden`,position:`relative`,role:`img`,style:{background:t,height:typeof o==`number`?o:void 0,width:typeof c==`number`?c:void 0},width:typeof c==`string`?c:void 0,testId:l},O.createElement(q,{...f?{"aria-hidden":!0,as:`img`,onLoad:m,src:d}:{"aria-hidden":!0,as:`img`,src:d},height:`full`,position:`absolute`,...u?{WebkitUserSelect:`none`}:{},style:{WebkitTouchCallout:`none`,transition:`opacity .15s linear`,userSelect:`none`,...!i&&f?{opacity:+!!p}:{}},width:`full`}),n?O.createElement(q,{...typeof n==`object`&&`custom`in n?{style:{borderColor:n.custom}}:{borderColor:n},borderRadius:r,borderStyle:`solid`,borderWidth:`1`,height:`full`,position:`relative`,width:`full`}):null)}var Ii=`_1luule42`,Li=`_1luule43`,Ri=e=>(0,O.useMemo)(()=>`${e}_${Math.round(Math.random()*1e9)}`,[e]),zi=({height:e=21,width:t=21})=>{let n=Ri(`spinner`);return O.createElement(`svg`,{className:Ii,fill:`none`,height:e,viewBox:`0 0 21 21`,width:t,xmlns:`http://www.w3.org/2000/svg`},O.createElement(`title`,null,`Loading`),O.createElement(`clipPath`,{id:n},O.createElement(`path`,{d:`M10.5 3C6.35786 3 3 6.35786 3 10.5C3 14.6421 6.35786 18 10.5 18C11.3284 18 12 18.6716 12 19.5C12 20.3284 11.3284 21 10.5 21C4.70101 21 0 16.299 0 10.5C0 4.70101 4.70101 0 10.5 0C16.299 0 21 4.70101 21 10.5C21 11.3284 20.3284 12 19.5 12C18.6716 12 18 11.3284 18 10.5C18 6.35786 14.6421 3 10.5 3Z`})),O.createElement(`foreignObject`,{clipPath:`url(#${n})`,height:`21`,width:`21`,x:`0`,y:`0`},O.createElement(`div`,{className:Li})))},Y=[`#FC5C54`,`#FFD95A`,`#E95D72`,`#6A87C8`,`#5FD0F3`,`#75C06B`,`#FFDD86`,`#5FC6D4`,`#FF949A`,`#FF8024`,`#9BA1A4`,`#EC66FF`,`#FF8CBC`,`#FF9A23`,`#C5DADB`,`#A8CE63`,`#71ABFF`,`#FFE279`,`#B6B1B6`,`#FF6780`,`#A575FF`,`#4D82FF`,`#FFB35A`],Bi=[{color:Y[0],emoji:`🌶`},{color:Y[1],emoji:`🤑`},{color:Y[2],emoji:`🐙`},{color:Y[3],emoji:`🫐`},{color:Y[4],emoji:`🐳`},{color:Y[0],emoji:`🤶`},{color:Y[5],emoji:`🌲`},{color:Y[6],emoji:`🌞`},{color:Y[7],emoji:`🐒`},{color:Y[8],emoji:`🐵`},{color:Y[9],emoji:`🦊`},{color:Y[10],emoji:`🐼`},{color:Y[11],emoji:`🦄`},{color:Y[12],emoji:`🐷`},{color:Y[13],emoji:`🐧`},{color:Y[8],emoji:`🦩`},{color:Y[14],emoji:`👽`},{color:Y[0],emoji:`🎈`},{color:Y[8],emoji:`🍉`},{color:Y[1],emoji:`🎉`},{color:Y[15],emoji:`🐲`},{color:Y[16],emoji:`🌎`},{color:Y[17],emoji:`🍊`},{color:Y[18],emoji:`🐭`},{color:Y[19],emoji:`🍣`},{color:Y[1],emoji:`🐥`},{color:Y[20],emoji:`👾`},{color:Y[15],emoji:`🥦`},{color:Y[0],emoji:`👹`},{color:Y[17],emoji:`🙀`},{color:Y[4],emoji:`⛱`},{color:Y[21],emoji:`⛵️`},{color:Y[17],emoji:`🥳`},{color:Y[8],emoji:`🤯`},{color:Y[22],emoji:`🤠`}];function Vi(e){let t=0;if(e.length===0)return t;for(let n=0;n<e.length;n++){let r=e.charCodeAt(n);t=(t<<5)-t+r,t|=0}return t}function Hi(e){return Bi[Math.abs(Vi((typeof e==`string`?e:``).toLowerCase())%Bi.length)??0]}var Ui=({address:e,ensImage:t,size:n})=>{let[r,i]=(0,O.useState)(!1);(0,O.useEffect)(()=>{if(t){let e=new Image;e.src=t,e.onload=()=>i(!0)}},[t]);let{color:a,emoji:o}=(0,O.useMemo)(()=>Hi(e),[e]);return t?r?O.createElement(q,{backgroundSize:`cover`,borderRadius:`full`,position:`absolute`,style:{backgroundImage:`url(${t})`,backgroundPosition:`center`,height:n,width:n}}):O.createElement(q,{alignItems:`center`,backgroundSize:`cover`,borderRadius:`full`,color:`modalText`,display:`flex`,justifyContent:`center`,position:`absolute`,style:{height:n,width:n}},O.createElement(zi,null)):O.createElement(q,{alignItems:`center`,display:`flex`,justifyContent:`center`,overflow:`hidden`,style:{...!t&&{backgroundColor:a},height:n,width:n}},o)},Wi=(0,O.createContext)(Ui);function Gi({address:e,imageUrl:t,loading:n,size:r}){let i=(0,O.useContext)(Wi);return O.createElement(q,{"aria-hidden":!0,borderRadius:`full`,overflow:`hidden`,position:`relative`,style:{height:`${r}px`,width:`${r}px`},userSelect:`none`},O.createElement(q,{alignItems:`center`,borderRadius:`full`,display:`flex`,justifyContent:`center`,overflow:`hidden`,position:`absolute`,style:{fontSize:`${Math.round(r*.55)}px`,height:`${r}px`,transform:n?`scale(0.72)`:void 0,transition:`.25s ease`,transitionDelay:n?void 0:`.1s`,width:`${r}px`,willChange:`transform`},userSelect:`none`},O.createElement(i,{address:e,ensImage:t,size:r})),n&&O.createElement(q,{color:`accentColor`,display:`flex`,height:`full`,position:`absolute`,width:`full`},O.createElement(zi,{height:`100%`,width:`100%`})))}var Ki={defaultLocale:`en`,locale:`en`},X=new class{constructor(e){this.listeners=new Set,this.defaultLocale=Ki.defaultLocale,this.enableFallback=!1,this.locale=Ki.locale,this.cachedLocales=[],this.translations={};for(let[t,n]of Object.entries(e))this.cachedLocales=[...this.cachedLocales,t],this.translations={...this.translations,...this.flattenTranslation(n,t)}}missingMessage(e){return`[missing: "${this.locale}.${e}" translation]`}flattenTranslation(e,t){let n={},r=(e,t)=>{for(let i of Object.keys(e)){let a=`${t}.${i}`,o=e[i];typeof o==`object`&&o?r(o,a):n[a]=o}};return r(e,t),n}translateWithReplacements(e,t={}){let n=e;for(let e in t){let r=t[e];n=n.replace(`%{${e}}`,r)}return n}t(e,t,n){let r=`${this.locale}.${e}`,i=this.translations[r];if(!i){if(this.enableFallback){let n=`${this.defaultLocale}.${e}`,r=this.translations[n];if(r)return this.translateWithReplacements(r,t)}return n?.rawKeyIfTranslationMissing?e:this.missingMessage(e)}return this.translateWithReplacements(i,t)}isLocaleCached(e){return this.cachedLocales.includes(e)}updateLocale(e){this.locale=e,this.notifyListeners()}setTranslations(e,t){this.isLocaleCached(e)||(this.cachedLocales=[...this.cachedLocales,e],this.translations={...this.translations,...this.flattenTranslation(t,e)}),this.locale=e,this.notifyListeners()}notifyListeners(){for(let e of this.listeners)e()}onChange(e){return this.listeners.add(e),()=>{this.listeners.delete(e)}}}({en:JSON.parse(E),"en-US":JSON.parse(E)});X.defaultLocale=`en-US`,X.locale=`en-US`,X.enableFallback=!0;var qi=async e=>{switch(e){case`ar`:case`ar-AR`:return(await p(async()=>{let{default:e}=await import(`./ar_AR-LIPSOZP5-DdCa9mZf.js`);return{default:e}},[])).default;case`de`:case`de-DE`:return(await p(async()=>{let{default:e}=await import(`./de_DE-YE3KOFHU-B50ONOz5.js`);return{default:e}},[])).default;case`en`:case`en-US`:return(await p(async()=>{let{default:e}=await import(`./en_US-SK3WV2N3-DfkmOcZl.js`);return{default:e}},[])).default;case`es`:case`es-419`:return(await p(async()=>{let{default:e}=await import(`./es_419-7LMPU7G4-e27Yyi2X.js`);return{default:e}},[])).default;case`fr`:case`fr-FR`:return(await p(async()=>{let{default:e}=await import(`./fr_FR-VBJP3ZLL-DyS4uEIx.js`);return{default:e}},[])).default;case`hi`:case`hi-IN`:return(await p(async()=>{let{default:e}=await import(`./hi_IN-WBVD5XYI-B32HCAai.js`);return{default:e}},[])).default;case`id`:case`id-ID`:return(await p(async()=>{let{default:e}=await import(`./id_ID-SBYANJ7G-VKS_Vvux.js`);return{default:e}},[])).default;case`ja`:case`ja-JP`:return(await p(async()=>{let{default:e}=await import(`./ja_JP-ZRMWJV3I-BMwI3pG9.js`);return{default:e}},[])).default;case`ko`:case`ko-KR`:return(await p(async()=>{let{default:e}=await import(`./ko_KR-FR54RFUG-DPNH8XSz.js`);return{default:e}},[])).default;case`ms`:case`ms-MY`:return(await p(async()=>{let{default:e}=await import(`./ms_MY-EZSGYYYQ-DCHiJtyJ.js`);return{default:e}},[])).default;case`pt`:case`pt-BR`:return(await p(async()=>{let{default:e}=await import(`./pt_BR-JQFQ3P4L-D9pBgACf.js`);return{default:e}},[])).default;case`ru`:case`ru-RU`:return(await p(async()=>{let{default:e}=await import(`./ru_RU-Z42UEJBP-DrCHfBb0.js`);return{default:e}},[])).default;case`th`:case`th-TH`:return(await p(async()=>{let{default:e}=await import(`./th_TH-4YB4VSB2-D-zEstZu.js`);return{default:e}},[])).default;case`tr`:case`tr-TR`:return(await p(async()=>{let{default:e}=await import(`./tr_TR-5FKHPPIO-DplizPSZ.js`);return{default:e}},[])).default;case`ua`:case`uk-UA`:return(await p(async()=>{let{default:e}=await import(`./uk_UA-ZD4IBC52-DxLf7cmo.js`);return{default:e}},[])).default;case`vi`:case`vi-VN`:return(await p(async()=>{let{default:e}=await import(`./vi_VN-5EVRZKLY-CuIfYnQw.js`);return{default:e}},[])).default;case`zh`:case`zh-CN`:case`zh-Hans`:return(await p(async()=>{let{default:e}=await import(`./zh_CN-4XK5YJPR-D4lxPyAT.js`);return{default:e}},[])).default;case`zh-HK`:return(await p(async()=>{let{default:e}=await import(`./zh_HK-N4YN2WSI-C1LgGAYL.js`);return{default:e}},[])).default;case`zh-Hant`:case`zh-TW`:return(await p(async()=>{let{default:e}=await import(`./zh_TW-CNCRXH6Z-CBPR_p2s.js`);return{default:e}},[])).default;default:return(await p(async()=>{let{default:e}=await import(`./en_US-SK3WV2N3-DfkmOcZl.js`);return{default:e}},[])).default}};async function Ji(e){if(X.isLocaleCached(e)){X.updateLocale(e);return}let t=await qi(e);X.setTranslations(e,JSON.parse(t))}var Yi=()=>{if(typeof window<`u`&&typeof navigator<`u`){if(navigator.languages?.length)return navigator.languages[0];if(navigator.language)return navigator.language}},Z=(0,O.createContext)({i18n:X}),Xi=({children:e,locale:t})=>{let[n,r]=(0,O.useState)(0),i=(0,O.useMemo)(()=>Yi(),[]);(0,O.useEffect)(()=>X.onChange(()=>{r(e=>e+1)}),[]),(0,O.useEffect)(()=>{t&&t!==X.locale?Ji(t):!t&&i&&i!==X.locale&&Ji(i)},[t,i]);let a=(0,O.useMemo)(()=>({t:(e,t)=>X.t(e,t),i18n:X}),[n]);return O.createElement(Z.Provider,{value:a},e)};function Zi(e){return e!=null}var Qi={iconBackground:`#7290CC`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./apechain-SX5YFU6N-B8syWCpL.js`);return{default:e}},[])).default},$i={iconBackground:`#96bedc`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./arbitrum-WURIBY6W-BJe1CVJz.js`);return{default:e}},[])).default},ea={iconBackground:`#e84141`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./avalanche-KOMJD3XY-DcMqCVvx.js`);return{default:e}},[])).default},ta={iconBackground:`#0052ff`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./base-OAXLRA4F-CPNJfhKA.js`);return{default:e}},[])).default},na={iconBackground:`#814625`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./berachain-NJECWIVC-DykfF0Y3.js`);return{default:e}},[])).default},ra={iconBackground:`#000000`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./blast-V555OVXZ-CwUaPGQo.js`);return{default:e}},[])).default},ia={iconBackground:`#ebac0e`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./bsc-N647EYR2-RKq4dwKS.js`);return{default:e}},[])).default},aa={iconBackground:`#FCFF52`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./celo-GEP4TUHG-C63XB6pk.js`);return{default:e}},[])).default},oa={iconBackground:`#002D74`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./cronos-HJPAQTAE-Crlhh5vE.js`);return{default:e}},[])).default},sa={iconBackground:`#A36EFD`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./degen-FQQ4XGHB-qSqFLs3V.js`);return{default:e}},[])).default},ca={iconBackground:`#484c50`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./ethereum-RGGVA4PY-CuTWcTE0.js`);return{default:e}},[])).default},la={iconBackground:`transparent`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./flow-5FQJFCTK-BXeOGj3Q.js`);return{default:e}},[])).default},ua={iconBackground:`#04795c`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./gnosis-37ZC4RBL-C6qHyZxz.js`);return{default:e}},[])).default},da={iconBackground:`#000000`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./gravity-J5YQHTYH-C2RpKGzd.js`);return{default:e}},[])).default},fa={iconBackground:`#f9f7ec`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./hardhat-TX56IT5N-B058j4x8.js`);return{default:e}},[])).default},pa={iconBackground:`#000000`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./hyperevm-VKPAA4SA-DH3uvM7E.js`);return{default:e}},[])).default},ma={iconBackground:`#7132F5`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./ink-FZMYZWHG-DZQ2pL6s.js`);return{default:e}},[])).default},ha={iconBackground:`transparent`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./kaia-65D2U3PU-Of4jiKRq.js`);return{default:e}},[])).default},ga={iconBackground:`#ffffff`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./linea-QRMVQ5DY-D3r5tCz6.js`);return{default:e}},[])).default},_a={iconBackground:`#ffffff`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./manta-SI27YFEJ-DcYbuKZU.js`);return{default:e}},[])).default},va={iconBackground:`#000000`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./mantle-CKIUT334-B-vYUPU4.js`);return{default:e}},[])).default},ya={iconBackground:`transparent`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./monad-4KWC6TSS-B59gt8PT.js`);return{default:e}},[])).default},ba={iconBackground:`#ff5a57`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./optimism-HAF2GUT7-OxXNb0KT.js`);return{default:e}},[])).default},xa={iconBackground:`#9f71ec`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./polygon-WW6ZI7PM-CcQ42Exq.js`);return{default:e}},[])).default},Sa={iconBackground:`#1273EA`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./ronin-EMCPYXZT-DALuEhJI.js`);return{default:e}},[])).default},Ca={iconBackground:`#000000`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./sanko-RHQYXGM5-sWIkYn92.js`);return{default:e}},[])).default},wa={iconBackground:`#000000`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./superposition-HG6MMR2Y-Bij93b_J.js`);return{default:e}},[])).default},Ta={iconBackground:`#FFEEDA`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./scroll-5OBGQVOV-ov2NB1aR.js`);return{default:e}},[])).default},Ea={iconBackground:`#F50DB4`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./unichain-C5BWO2ZY-QVcNRdgw.js`);return{default:e}},[])).default},Da={iconBackground:`#f9f7ec`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./xdc-KJ3TDBYO-RpmAilaN.js`);return{default:e}},[])).default},Oa={iconBackground:`#000000`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./zetachain-TLDS5IPW-C1hacoYl.js`);return{default:e}},[])).default},ka={iconBackground:`#f9f7ec`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./zksync-DH7HK5U4-AxxAxN_a.js`);return{default:e}},[])).default},Aa={iconBackground:`#000000`,iconUrl:async()=>(await p(async()=>{let{default:e}=await import(`./zora-FYL5H3IO-BcXbtpS8.js`);return{default:e}},[])).default},ja={apechain:{chainId:33139,name:`ApeChain`,...Qi},apechainCurtis:{chainId:33111,name:`ApeChain Curtis`,...Qi},arbitrum:{chainId:42161,name:`Arbitrum`,...$i},arbitrumGoerli:{chainId:421613,...$i},arbitrumSepolia:{chainId:421614,...$i},avalanche:{chainId:43114,...ea},avalancheFuji:{chainId:43113,...ea},base:{chainId:8453,name:`Base`,...ta},baseGoerli:{chainId:84531,...ta},baseSepolia:{chainId:84532,...ta},berachain:{chainId:80094,name:`Berachain`,...na},berachainArtio:{chainId:80085,name:`Berachain Artio`,...na},berachainBArtio:{chainId:80084,name:`Berachain bArtio`,...na},blast:{chainId:81457,name:`Blast`,...ra},blastSepolia:{chainId:0xa0c71fd,...ra},bsc:{chainId:56,name:`BSC`,...ia},bscTestnet:{chainId:97,...ia},celo:{chainId:42220,name:`Celo`,...aa},celoAlfajores:{chainId:44787,name:`Celo Alfajores`,...aa},cronos:{chainId:25,...oa},cronosTestnet:{chainId:338,...oa},degen:{chainId:666666666,name:`Degen`,...sa},flow:{chainId:747,...la},flowTestnet:{chainId:545,...la},gnosis:{chainId:100,name:`Gnosis`,...ua},goerli:{chainId:5,...ca},gravity:{chainId:1625,name:`Gravity`,...da},gravitySepolia:{chainId:13505,name:`Gravity Sepolia`,...da},hardhat:{chainId:31337,...fa},holesky:{chainId:17e3,...ca},hyperevm:{chainId:999,...pa},ink:{chainId:57073,...ma},inkSepolia:{chainId:763373,...ma},kaia:{chainId:8217,name:`Kaia`,...ha},kairos:{chainId:1001,name:`Kairos`,...ha},kovan:{chainId:42,...ca},linea:{chainId:59144,name:`Linea`,...ga},lineaGoerli:{chainId:59140,name:`Linea Goerli`,...ga},lineaSepolia:{chainId:59141,name:`Linea Sepolia`,...ga},localhost:{chainId:1337,...ca},mainnet:{chainId:1,name:`Ethereum`,...ca},manta:{chainId:169,name:`Manta`,..._a},mantaSepolia:{chainId:3441006,..._a},mantaTestnet:{chainId:3441005,..._a},mantle:{chainId:5e3,...va},mantleTestnet:{chainId:5001,...va},monadTestnet:{chainId:10143,name:`Monad Testnet`,...ya},optimism:{chainId:10,name:`Optimism`,...ba},optimismGoerli:{chainId:420,...ba},optimismKovan:{chainId:69,...ba},optimismSepolia:{chainId:0xaa37dc,...ba},polygon:{chainId:137,name:`Polygon`,...xa},polygonAmoy:{chainId:80002,...xa},polygonMumbai:{chainId:80001,...xa},rinkeby:{chainId:4,...ca},ronin:{chainId:2020,...Sa},ropsten:{chainId:3,...ca},sanko:{chainId:1996,name:`Sanko`,...Ca},scroll:{chainId:534352,...Ta},scrollSepolia:{chainId:534351,...Ta},sepolia:{chainId:0xaa36a7,...ca},superposition:{chainId:55244,name:`Superposition`,...wa},unichain:{chainId:130,...Ea},unichainSepolia:{chainId:1301,...Ea},xdc:{chainId:50,name:`XDC`,...Da},xdcTestnet:{chainId:51,...Da},zetachain:{chainId:7e3,name:`ZetaChain`,...Oa},zetachainAthensTestnet:{chainId:7001,name:`Zeta Athens`,...Oa},zkSync:{chainId:324,name:`zkSync`,...ka},zkSyncTestnet:{chainId:280,...ka},zora:{chainId:7777777,name:`Zora`,...Aa},zoraSepolia:{chainId:999999999,...Aa},zoraTestnet:{chainId:999,...Aa}},Ma=Object.fromEntries(Object.values(ja).filter(Zi).map(({chainId:e,...t})=>[e,t])),Na=e=>e.map(e=>{let t=Ma[e.id]??{};return{...e,name:t.name??e.name,iconUrl:e.iconUrl??t.iconUrl,iconBackground:e.iconBackground??t.iconBackground}}),Pa=(0,O.createContext)({chains:[]});function Fa({children:e,initialChain:t}){let{chains:n}=s();return O.createElement(Pa.Provider,{value:(0,O.useMemo)(()=>({chains:Na(n),initialChainId:typeof t==`number`?t:t?.id}),[n,t])},e)}var Ia=()=>(0,O.useContext)(Pa).chains,La=()=>(0,O.useContext)(Pa).initialChainId,Ra=(0,O.createContext)({showBalance:void 0,setShowBalance:()=>{}});function za({children:e}){let[t,n]=(0,O.useState)();return O.createElement(Ra.Provider,{value:{showBalance:t,setShowBalance:n}},e)}function Ba(){let e=Ia(),t=f.id;return e.some(e=>e.id===t)}function Va(e){let t=Ba(),{data:n}=g({chainId:f.id,name:e?(e=>{try{return b(e)}catch{}})(e):void 0,query:{enabled:t}});return n}async function Ha(e,t){let n={headers:{},method:`get`,...t,timeout:t.timeout??1e4};if(!e)throw Error(`rainbowFetch: Missing url argument`);let r=new AbortController,i=setTimeout(()=>r.abort(),n.timeout),{body:a,params:o,headers:s,...c}=n,l=a&&typeof a==`object`?JSON.stringify(a):a,u=await fetch(`${e}${Wa(o)}`,{...c,body:l,headers:{Accept:`application/json`,"Content-Type":`application/json`,...s},signal:r.signal});clearTimeout(i);let d=await Ua(u);if(u.ok){let{headers:e,status:t}=u;return{data:d,headers:e,status:t}}throw Ga({requestBody:a,response:u,responseBody:typeof d==`string`?{error:d}:d})}function Ua(e){return e.headers.get(`Content-Type`)?.startsWith(`application/json`)?e.json():e.text()}function Wa(e){return e&&Object.keys(e).length?`?${new URLSearchParams(e)}`:``}function Ga({requestBody:e,response:t,responseBody:n}){let r=n?.error||t?.statusText||`There was an error with the request.`,i=Error(r);return i.response=t,i.responseBody=n,i.requestBody=e,i}var Ka=class{constructor(e={}){let{baseUrl:t=``,...n}=e;this.baseUrl=t,this.opts=n}get(e,t){return Ha(`${this.baseUrl}${e}`,{...this.opts,...t||{},method:`get`})}delete(e,t){return Ha(`${this.baseUrl}${e}`,{...this.opts,...t||{},method:`delete`})}head(e,t){return Ha(`${this.baseUrl}${e}`,{...this.opts,...t||{},method:`head`})}options(e,t){return Ha(`${this.baseUrl}${e}`,{...this.opts,...t||{},method:`options`})}post(e,t,n){return Ha(`${this.baseUrl}${e}`,{...this.opts,...n||{},body:t,method:`post`})}put(e,t,n){return Ha(`${this.baseUrl}${e}`,{...this.opts,...n||{},body:t,method:`put`})}patch(e,t,n){return Ha(`${this.baseUrl}${e}`,{...this.opts,...n||{},body:t,method:`patch`})}};function qa({baseUrl:e,headers:t,params:n,timeout:r}){return new Ka({baseUrl:e,headers:t,params:n,timeout:r})}var Ja=!!(typeof process<`u`&&{}.RAINBOW_PROVIDER_API_KEY),Ya=qa({baseUrl:`https://enhanced-provider.rainbow.me`,headers:{"x-api-key":typeof process<`u`&&{}.RAINBOW_PROVIDER_API_KEY||`LzbasoBiLqltex3VkcQ7LRmL4PtfiiZ1EMJrizrgfonWN6byJReu/l6yrUoo3zLW`}});function Xa(e,t,n={}){return[e,t,n]}function Za(e){return`rk-ens-name-${e}`}function Qa(e){try{let t=e?JSON.parse(e):null;return typeof t==`object`?t:null}catch{return null}}function $a(e,t){if(!r(e)||typeof window>`u`)return;let n=new Date(new Date().getTime()+108e5);window.localStorage.setItem(Za(e),JSON.stringify({ensName:t,expires:n.getTime()}))}function eo(e){if(typeof window>`u`)return null;let t=Qa(window.localStorage.getItem(Za(e)));if(!t)return null;let{ensName:n,expires:r}=t;return typeof n!=`string`||Number.isNaN(Number(r))||new Date().getTime()>Number(r)?(window.localStorage.removeItem(Za(e)),null):n}async function to({address:e}){let t=eo(e);if(t)return t;let n=(await Ya.get(`/v1/resolve-ens`,{params:{address:e}})).data.data;return n&&$a(e,n),n}function no(e){let t=Ba(),{data:n}=u({chainId:f.id,address:e,query:{enabled:t}}),{data:r}=S({queryKey:Xa(`address`,e),queryFn:()=>to({address:e}),enabled:!t&&!!e&&Ja,staleTime:6e5,retry:1});return n||r}function ro({address:e,includeBalance:t}){let n=no(e),r=Va(n),{data:i}=c({address:t?e:void 0});return{ensName:n,ensAvatar:r,balance:i}}function io(){let{chain:e}=d();return e?.id??null}var ao=`rk-transactions`;function oo(e){let t=`${e.uid}.${ao}`;return{...e,uid:t}}var so=`rk-transactions`;function co(e){try{let t=e?JSON.parse(e):{};return typeof t==`object`?t:{}}catch{return{}}}function lo(){return co(typeof window<`u`?window.localStorage.getItem(so):null)}var uo=/^0x([A-Fa-f0-9]{64})$/;function fo(e){let t=[];return uo.test(e.hash)||t.push(`Invalid transaction hash`),typeof e.description!=`string`&&t.push(`Transaction must have a description`),e.confirmations!==void 0&&(!Number.isInteger(e.confirmations)||e.confirmations<1)&&t.push(`Transaction confirmations must be a positiver integer`),t}function po({provider:e}){let t=lo(),n,r=new Set,i=new Set,a=new Map;function o(e){n=oo(e)}o(e);function s(e,n){return t[e]?.[n]??[]}function c(e,t,n){let r=fo(n);if(r.length>0)throw Error([`Unable to add transaction`,...r].join(`
`));f(e,t,e=>[{...n,status:`pending`},...e.filter(({hash:e})=>e!==n.hash)])}function l(e,t){f(e,t,()=>[])}function u(e,t,n,r){f(e,t,e=>e.map(e=>e.hash===n?{...e,status:r}:e))}async function d(e,t){await Promise.all(s(e,t).filter(e=>e.status===`pending`).map(async r=>{let{confirmations:i,hash:o}=r,s=a.get(o);if(s)return await s;let c=v(n,{confirmations:i,hash:o,timeout:3e5}).then(({status:n})=>{a.delete(o),n!==void 0&&(u(e,t,o,n===0||n===`reverted`?`failed`:`confirmed`),h(n))}).catch(()=>{a.delete(o),u(e,t,o,`failed`)});return a.set(o,c),await c}))}function f(e,n,r){t=lo(),t[e]=t[e]??{};let i=0,a=r(t[e][n]??[]).filter(({status:e})=>e===`pending`||i++<=10);t[e][n]=a.length>0?a:void 0,p(),m(),d(e,n)}function p(){typeof window<`u`&&window.localStorage.setItem(so,JSON.stringify(t))}function m(){for(let e of r)e()}function h(e){for(let t of i)t(e)}function g(e){return r.add(e),()=>{r.delete(e)}}function _(e){return i.add(e),()=>{i.delete(e)}}return{addTransaction:c,clearTransactions:l,getTransactions:s,onTransactionStatus:_,onChange:g,setProvider:o,waitForPendingTransactions:d}}var mo,ho=O.createContext(null);function go({children:e}){let t=a(),{address:n}=d(),r=io(),{refetch:i}=c({address:n,query:{enabled:!1}}),[o]=O.useState(()=>(mo||=po({provider:t}),mo)),s=O.useCallback(e=>{e===`success`&&i()},[i]);return O.useEffect(()=>{o.setProvider(t)},[o,t]),O.useEffect(()=>{n&&r&&o.waitForPendingTransactions(n,r)},[o,n,r]),O.useEffect(()=>{if(o&&n&&r)return o.onTransactionStatus(s)},[o,n,r,s]),O.createElement(ho.Provider,{value:o},e)}function _o(){let e=O.useContext(ho);if(!e)throw Error(`Transaction hooks must be used within RainbowKitProvider`);return e}function vo(){let e=_o(),{address:t}=d(),n=io(),[r,i]=(0,O.useState)(()=>e&&t&&n?e.getTransactions(t,n):[]);return(0,O.useEffect)(()=>{if(e&&t&&n)return i(e.getTransactions(t,n)),e.onChange(()=>{i(e.getTransactions(t,n))})},[e,t,n]),r}var yo=e=>typeof e==`function`?e():e;function bo(e,{extends:t}={}){let n={...At(hi,yo(e))};if(!t)return n;let r=At(hi,yo(t));return Object.fromEntries(Object.entries(n).filter(([e,t])=>t!==r[e]))}function xo(e,t={}){return Object.entries(bo(e,t)).map(([e,t])=>`${e}:${t.replace(/[:;{}</>]/g,``)};`).join(``)}var So={appName:void 0,disclaimer:void 0,learnMoreUrl:`https://learn.rainbow.me/understanding-web3?utm_source=rainbowkit&utm_campaign=learnmore`},Co=(0,O.createContext)(So),wo=(0,O.createContext)(!1);function To(e,t){let n=null,r=()=>{n&&clearTimeout(n),n=setTimeout(()=>{n=null,e()},t)};return r.cancel=()=>{n&&=(clearTimeout(n),null)},r}var Eo=()=>{let[e,t]=(0,O.useState)({height:void 0,width:void 0});return(0,O.useEffect)(()=>{let e=To(()=>{t({height:window.innerHeight,width:window.innerWidth})},500);return window.addEventListener(`resize`,e),e(),()=>{e.cancel(),window.removeEventListener(`resize`,e)}},[]),e},Do=(0,O.createContext)({connector:null,setConnector:()=>{}});function Oo({children:e}){let[t,n]=(0,O.useState)(null);return O.createElement(Do.Provider,{value:(0,O.useMemo)(()=>({connector:t,setConnector:n}),[t])},e)}var ko={COMPACT:`compact`,WIDE:`wide`},Ao=(0,O.createContext)(ko.WIDE);function jo({children:e,modalSize:t}){let{width:n}=Eo(),r=n&&n<pi,{connector:i}=(0,O.useContext)(Do);return O.createElement(Ao.Provider,{value:r||i?ko.COMPACT:t},e)}var Mo=(0,O.createContext)(!1),No=`rk-version`;function Po({version:e}){typeof window<`u`&&window.localStorage.setItem(No,e)}function Fo(){let e=(0,O.useCallback)(()=>{Po({version:`2.2.11`})},[]);(0,O.useEffect)(()=>{e()},[e])}function Io(e,t){let n={};for(let r of e){let e=t(r);e&&(n[e]=r)}return n}function Lo(){return typeof navigator<`u`&&navigator.userAgent!==void 0&&/Version\/([0-9._]+).*Safari/.test(navigator.userAgent)}function Ro(){return typeof document<`u`&&getComputedStyle(document.body).getPropertyValue(`--arc-palette-focus`)!==``}function zo(){if(typeof navigator>`u`)return`Browser`;let e=navigator.userAgent?.toLowerCase();return navigator.brave?.isBrave?`Brave`:e?.indexOf(`edg/`)>-1?`Edge`:e?.indexOf(`op`)>-1?`Opera`:Ro()?`Arc`:e?.indexOf(`chrome`)>-1?`Chrome`:e?.indexOf(`firefox`)>-1?`Firefox`:Lo()?`Safari`:`Browser`}var{os:Bo}=lr();function Vo(){return Bo.name===`Windows`}function Ho(){return Bo.name===`macOS`}function Uo(){return[`Ubuntu`,`Mint`,`Fedora`,`Debian`,`Arch`,`Linux`].includes(Bo.name)}function Wo(){return Vo()?`Windows`:Ho()?`macOS`:Uo()?`Linux`:`Desktop`}var Go=e=>{let t=zo();return{Arc:e?.downloadUrls?.chrome,Brave:e?.downloadUrls?.chrome,Chrome:e?.downloadUrls?.chrome,Edge:e?.downloadUrls?.edge||e?.downloadUrls?.chrome,Firefox:e?.downloadUrls?.firefox,Opera:e?.downloadUrls?.opera||e?.downloadUrls?.chrome,Safari:e?.downloadUrls?.safari,Browser:e?.downloadUrls?.browserExtension}[t]??e?.downloadUrls?.browserExtension},Ko=e=>(Ei()?e?.downloadUrls?.ios:e?.downloadUrls?.android)??e?.downloadUrls?.mobile,qo=e=>{let t=Wo();return{Windows:e?.downloadUrls?.windows,macOS:e?.downloadUrls?.macos,Linux:e?.downloadUrls?.linux,Desktop:e?.downloadUrls?.desktop}[t]??e?.downloadUrls?.desktop},Jo=(e,t)=>e.some(e=>e.id===t),Yo=e=>!!e.isRainbowKitConnector,Xo=e=>!!(!e.isRainbowKitConnector&&e.icon?.replace(/\n/g,``).startsWith(`data:image`)&&e.uid&&e.name),Zo=(e,t)=>e.id===`walletConnect`&&t?{...e,walletConnectModalConnector:t}:e,Qo=({wallets:e,recentWallets:t})=>[...t,...e.filter(e=>!Jo(t,e.id))],$o=`rk-recent`;function es(e){try{let t=e?JSON.parse(e):[];return Array.isArray(t)?t:[]}catch{return[]}}function ts(){return typeof window<`u`?es(window.localStorage.getItem($o)):[]}function ns(e){return[...new Set(e)]}function rs(e){let t=ns([e,...ts()]);typeof window<`u`&&window.localStorage.setItem($o,JSON.stringify(t))}function is(e=!1){let t=Ia(),n=La(),{connectAsync:r,connectors:i}=h(),a=i,{setIsWalletConnectModalOpen:o}=bl(),s=a.map(e=>({...e,...e.rkDetails||{}}));async function c(e,i){let a=await e.getChainId(),o=await r({...i,chainId:i?.chainId??n??t.find(({id:e})=>e===a)?.id??t[0]?.id,connector:e});return o&&rs(e.id),o}async function l(e){try{o(!0),await c(e),o(!1)}catch(e){let t=e.name===`UserRejectedRequestError`||e.message===`Connection request reset. Please try again.`;if(o(!1),!t)throw e}}let u=async(e,t)=>{let n=await e.getProvider();return e.id===`coinbase`?n.qrUrl:new Promise(e=>n.once(`display_uri`,n=>{e(t(n))}))},d=s.find(e=>e.id===`walletConnect`&&e.isWalletConnectModalConnector),f=s.filter(Xo).map(e=>({...e,groupIndex:0})),p=s.filter(Yo).filter(e=>!e.isWalletConnectModalConnector).filter(t=>!e||!f.some(e=>e.id===t.rdns)).map(e=>Zo(e,d)),m=[...f,...p],g=Io(m,e=>e.id),_=ts().map(e=>g[e]).filter(Boolean).slice(0,3),v=[],y=Qo({wallets:m,recentWallets:_});for(let e of y){if(!e)continue;let t=Xo(e),n=Jo(_,e.id);t?v.push({...e,iconUrl:e.icon,ready:!0,connect:c.bind(null,e),groupName:`Installed`,recent:n}):v.push({...e,ready:e.installed??!0,connect:c.bind(null,e),desktopDownloadUrl:qo(e),extensionDownloadUrl:Go(e),groupName:e.groupName,mobileDownloadUrl:Ko(e),getQrCodeUri:e.qrCode?.getUri?()=>u(e,e.qrCode.getUri):void 0,getDesktopUri:e.desktop?.getUri?()=>u(e,e.desktop.getUri):void 0,getMobileUri:e.mobile?.getUri?()=>u(e,e.mobile.getUri):void 0,recent:n,showWalletConnectModal:e.walletConnectModalConnector?()=>l(e.walletConnectModalConnector):void 0})}return v}var as=async()=>(await p(async()=>{let{default:e}=await import(`./assets-Q6ZU7ZJ5-D-Bo-EQf.js`);return{default:e}},[])).default,os=()=>Ni(as),ss=()=>O.createElement(J,{background:`#d0d5de`,borderRadius:`10`,height:`48`,src:as,width:`48`}),cs=async()=>(await p(async()=>{let{default:e}=await import(`./login-UP3DZBGS-CaoZ1sv9.js`);return{default:e}},[])).default,ls=()=>Ni(cs),us=()=>O.createElement(J,{background:`#d0d5de`,borderRadius:`10`,height:`48`,src:cs,width:`48`}),Q=O.forwardRef(({as:e=`div`,children:t,className:n,color:r,display:i,font:a=`body`,id:o,size:s=`16`,style:c,tabIndex:l,textAlign:u=`inherit`,weight:d=`regular`,testId:f},p)=>O.createElement(q,{as:e,className:n,color:r,display:i,fontFamily:a,fontSize:s,fontWeight:d,id:o,ref:p,style:c,tabIndex:l,textAlign:u,testId:f},t));Q.displayName=`Text`;var ds={large:{fontSize:`16`,paddingX:`24`,paddingY:`10`},medium:{fontSize:`14`,height:`28`,paddingX:`12`,paddingY:`4`},small:{fontSize:`14`,paddingX:`10`,paddingY:`5`}};function $({disabled:e=!1,href:t,label:n,onClick:r,rel:i=`noreferrer noopener`,size:a=`medium`,target:o=`_blank`,testId:s,type:c=`primary`}){let l=c===`primary`,u=a!==`large`,d=K(),f=e?`actionButtonSecondaryBackground`:l?`accentColor`:u?`actionButtonSecondaryBackground`:null,{fontSize:p,height:m,paddingX:h,paddingY:g}=ds[a],_=!d||!u;return O.createElement(q,{...t?e?{}:{as:`a`,href:t,rel:i,target:o}:{as:`button`,type:`button`},onClick:e?void 0:r,..._?{borderColor:d&&!u&&!l?`actionButtonBorderMobile`:`actionButtonBorder`,borderStyle:`solid`,borderWidth:`1`}:{},borderRadius:`actionButton`,className:!e&&G({active:`shrinkSm`,hover:`grow`}),display:`block`,paddingX:h,paddingY:g,style:{willChange:`transform`},testId:s,textAlign:`center`,transition:`transform`,...f?{background:f}:{},...m?{height:m}:{}},O.createElement(Q,{color:e?`modalTextSecondary`:l?`accentColorForeground`:`accentColor`,size:p,weight:`bold`},n))}var fs=()=>K()?O.createElement(`svg`,{"aria-hidden":!0,fill:`none`,height:`11.5`,viewBox:`0 0 11.5 11.5`,width:`11.5`,xmlns:`http://www.w3.org/2000/svg`},O.createElement(`title`,null,`Close`),O.createElement(`path`,{d:`M2.13388 0.366117C1.64573 -0.122039 0.854272 -0.122039 0.366117 0.366117C-0.122039 0.854272 -0.122039 1.64573 0.366117 2.13388L3.98223 5.75L0.366117 9.36612C-0.122039 9.85427 -0.122039 10.6457 0.366117 11.1339C0.854272 11.622 1.64573 11.622 2.13388 11.1339L5.75 7.51777L9.36612 11.1339C9.85427 11.622 10.6457 11.622 11.1339 11.1339C11.622 10.6457 11.622 9.85427 11.1339 9.36612L7.51777 5.75L11.1339 2.13388C11.622 1.64573 11.622 0.854272 11.1339 0.366117C10.6457 -0.122039 9.85427 -0.122039 9.36612 0.366117L5.75 3.98223L2.13388 0.366117Z`,fill:`currentColor`})):O.createElement(`svg`,{"aria-hidden":!0,fill:`none`,height:`10`,viewBox:`0 0 10 10`,width:`10`,xmlns:`http://www.w3.org/2000/svg`},O.createElement(`title`,null,`Close`),O.createElement(`path`,{d:`M1.70711 0.292893C1.31658 -0.0976311 0.683417 -0.0976311 0.292893 0.292893C-0.0976311 0.683417 -0.0976311 1.31658 0.292893 1.70711L3.58579 5L0.292893 8.29289C-0.0976311 8.68342 -0.0976311 9.31658 0.292893 9.70711C0.683417 10.0976 1.31658 10.0976 1.70711 9.70711L5 6.41421L8.29289 9.70711C8.68342 10.0976 9.31658 10.0976 9.70711 9.70711C10.0976 9.31658 10.0976 8.68342 9.70711 8.29289L6.41421 5L9.70711 1.70711C10.0976 1.31658 10.0976 0.683417 9.70711 0.292893C9.31658 -0.0976311 8.68342 -0.0976311 8.29289 0.292893L5 3.58579L1.70711 0.292893Z`,fill:`currentColor`})),ps=({"aria-label":e=`Close`,onClose:t})=>{let n=K();return O.createElement(q,{alignItems:`center`,"aria-label":e,as:`button`,background:`closeButtonBackground`,borderColor:`actionButtonBorder`,borderRadius:`full`,borderStyle:`solid`,borderWidth:n?`0`:`1`,className:G({active:`shrinkSm`,hover:`growLg`}),color:`closeButton`,display:`flex`,height:n?`30`:`28`,justifyContent:`center`,onClick:t,style:{willChange:`transform`},transition:`default`,type:`button`,width:n?`30`:`28`},O.createElement(fs,null))},ms=async()=>(await p(async()=>{let{default:e}=await import(`./sign-A7IJEUT5-Bk2t2GHn.js`);return{default:e}},[])).default;function hs({onClose:e,onCloseModal:t}){let{i18n:n}=(0,O.useContext)(Z),[{status:r,...i},a]=O.useState({status:`idle`}),s=bi(),c=(0,O.useCallback)(async()=>{try{let e=await s.getNonce();a(t=>({...t,nonce:e}))}catch{a(e=>({...e,errorMessage:n.t(`sign_in.message.preparing_error`),status:`idle`}))}},[s,n.t]),l=(0,O.useRef)(!1);O.useEffect(()=>{l.current||(l.current=!0,c())},[c]);let u=K(),{address:f,chain:p}=d(),{signMessageAsync:h}=o();return O.createElement(q,{position:`relative`},O.createElement(q,{display:`flex`,paddingRight:`16`,paddingTop:`16`,position:`absolute`,right:`0`},O.createElement(ps,{onClose:e})),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:u?`32`:`24`,padding:`24`,paddingX:`18`,style:{paddingTop:u?`60px`:`36px`}},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:u?`6`:`4`,style:{maxWidth:u?320:280}},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:u?`32`:`16`},O.createElement(J,{height:40,src:ms,width:40}),O.createElement(Q,{color:`modalText`,size:u?`20`:`18`,textAlign:`center`,weight:`heavy`},n.t(`sign_in.label`))),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:u?`16`:`12`},O.createElement(Q,{color:`modalTextSecondary`,size:u?`16`:`14`,textAlign:`center`},n.t(`sign_in.description`)),r===`idle`&&i.errorMessage?O.createElement(Q,{color:`error`,size:u?`16`:`14`,textAlign:`center`,weight:`bold`},i.errorMessage):null)),O.createElement(q,{alignItems:u?void 0:`center`,display:`flex`,flexDirection:`column`,gap:`8`,width:`full`},O.createElement($,{disabled:!i.nonce||r===`creatingMessage`||r===`signing`||r===`verifying`,label:!i.nonce||r===`creatingMessage`?n.t(`sign_in.message.preparing`):r===`signing`?n.t(`sign_in.signature.waiting`):r===`verifying`?n.t(`sign_in.signature.verifying`):n.t(`sign_in.message.send`),onClick:async()=>{try{let e=p?.id,{nonce:r}=i;if(!f||!e||!r)return;a(e=>({...e,errorMessage:void 0}));let o;try{let t=s.createMessage({address:f,chainId:e,nonce:r});t instanceof Promise&&a(e=>({...e,status:`creatingMessage`})),o=await t}catch{return a(e=>({...e,errorMessage:n.t(`sign_in.message.preparing_error`),status:`idle`}))}let c;try{a(e=>({...e,status:`signing`})),c=await h({message:o})}catch(e){return e instanceof m?a(e=>({...e,status:`idle`})):a(e=>({...e,errorMessage:n.t(`sign_in.signature.signing_error`),status:`idle`}))}a(e=>({...e,status:`verifying`}));try{if(await s.verify({message:o,signature:c})){t();return}throw Error()}catch{return a(e=>({...e,errorMessage:n.t(`sign_in.signature.verifying_error`),status:`idle`}))}}catch{a(e=>({...e,errorMessage:n.t(`sign_in.signature.oops_error`),status:`idle`}))}},size:u?`large`:`medium`,testId:`auth-message-button`}),u?O.createElement($,{label:`Cancel`,onClick:e,size:`large`,type:`secondary`}):O.createElement(q,{as:`button`,borderRadius:`full`,className:G({active:`shrink`,hover:`grow`}),display:`block`,onClick:e,paddingX:`10`,paddingY:`5`,rel:`noreferrer`,style:{willChange:`transform`},target:`_blank`,transition:`default`},O.createElement(Q,{color:`closeButton`,size:u?`16`:`14`,weight:`bold`},n.t(`sign_in.message.cancel`))))))}function gs(){let e=Ia(),t=is(),n=xi()===`unauthenticated`,r=(0,O.useCallback)(()=>{Ni(...t.map(e=>e.iconUrl),...e.map(e=>e.iconUrl).filter(Zi)),K()||(os(),ls()),n&&Ni(ms)},[t,e,n]);(0,O.useEffect)(()=>{r()},[r])}var _s=`WALLETCONNECT_DEEPLINK_CHOICE`;function vs({mobileUri:e,name:t}){typeof window<`u`&&window.localStorage.setItem(_s,JSON.stringify({href:e.split(`?`)[0],name:t}))}function ys(){typeof window<`u`&&window.localStorage.removeItem(_s)}var bs=(0,O.createContext)(void 0),xs=`data-rk`,Ss=e=>({[xs]:e||``}),Cs=e=>{if(e&&!/^[a-zA-Z0-9_]+$/.test(e))throw Error(`Invalid ID: ${e}`);return e?`[${xs}="${e}"]`:`[${xs}]`},ws=()=>Ss((0,O.useContext)(bs)),Ts=T();function Es({appInfo:e,avatar:t,children:n,coolMode:r=!1,id:i,initialChain:a,locale:o,modalSize:s=ko.WIDE,showRecentTransactions:c=!1,theme:u=Ts}){if(gs(),Fo(),l({onDisconnect:ys}),typeof u==`function`)throw Error(`A theme function was provided to the "theme" prop instead of a theme object. You must execute this function to get the resulting theme object.`);let d=Cs(i),f={...So,...e},p=t??Ui;return O.createElement(Fa,{initialChain:a},O.createElement(Oo,null,O.createElement(Xi,{locale:o},O.createElement(wo.Provider,{value:r},O.createElement(jo,{modalSize:s},O.createElement(Mo.Provider,{value:c},O.createElement(go,null,O.createElement(Wi.Provider,{value:p},O.createElement(Co.Provider,{value:f},O.createElement(bs.Provider,{value:i},O.createElement(za,null,O.createElement(yl,null,u?O.createElement(`div`,{...Ss(i)},O.createElement(`style`,{dangerouslySetInnerHTML:{__html:[`${d}{${xo(`lightMode`in u?u.lightMode:u)}}`,`darkMode`in u?`@media(prefers-color-scheme:dark){${d}{${xo(u.darkMode,{extends:u.lightMode})}}}`:null].join(``)}}),n):n))))))))))))}var Ds=`_9pm4ki5 ju367va ju367v15 ju367v8r`,Os=`_9pm4ki3 ju367v9h ju367vb3 ju367va ju367v2q ju367v8q`,ks=(e,t)=>{let n=e.querySelectorAll(`button:not(:disabled), a[href]`);n.length!==0&&n[t===`end`?n.length-1:0].focus()};function As(e){let t=(0,O.useRef)(null);return(0,O.useEffect)(()=>{let e=document.activeElement;return()=>{e.focus?.()}},[]),(0,O.useEffect)(()=>{if(t.current){let e=t.current.querySelector(`[data-auto-focus]`);e?e.focus():t.current.focus()}},[]),O.createElement(O.Fragment,null,O.createElement(`div`,{onFocus:(0,O.useCallback)(()=>t.current&&ks(t.current,`end`),[]),tabIndex:0}),O.createElement(`div`,{ref:t,style:{outline:`none`},tabIndex:-1,...e}),O.createElement(`div`,{onFocus:(0,O.useCallback)(()=>t.current&&ks(t.current,`start`),[]),tabIndex:0}))}var js=e=>e.stopPropagation();function Ms({children:e,onClose:t,open:n,titleId:r}){(0,O.useEffect)(()=>{let e=e=>n&&e.key===`Escape`&&t();return document.addEventListener(`keydown`,e),()=>document.removeEventListener(`keydown`,e)},[n,t]);let[i,a]=(0,O.useState)(!0);(0,O.useEffect)(()=>{a(getComputedStyle(window.document.body).overflow!==`hidden`)},[]);let o=(0,O.useCallback)(()=>t(),[t]),s=ws(),c=K();return O.createElement(O.Fragment,null,n?(0,Et.createPortal)(O.createElement(Tt,{enabled:i},O.createElement(q,{...s},O.createElement(q,{...s,alignItems:c?`flex-end`:`center`,"aria-labelledby":r,"aria-modal":!0,className:Os,onClick:o,position:`fixed`,role:`dialog`},O.createElement(As,{className:Ds,onClick:js,role:`document`},e)))),document.body):null)}var Ns=`_1ckjpok7`,Ps=`_1ckjpok1 ju367vb6 ju367vdr ju367vp ju367vt ju367vv ju367vel ju367va ju367v15 ju367v6c ju367v8r`,Fs=`_1ckjpok4 _1ckjpok1 ju367vb6 ju367vdr ju367vp ju367vt ju367vv ju367vel ju367va ju367v15 ju367v6c ju367v8r`,Is=`_1ckjpok6 ju367vq`,Ls=`_1ckjpok3 _1ckjpok1 ju367vb6 ju367vdr ju367vp ju367vt ju367vv ju367vel ju367va ju367v15 ju367v6c ju367v8r`,Rs=`_1ckjpok2 _1ckjpok1 ju367vb6 ju367vdr ju367vp ju367vt ju367vv ju367vel ju367va ju367v15 ju367v6c ju367v8r`;function zs({bottomSheetOnMobile:e=!1,children:t,marginTop:n,padding:r=`16`,paddingBottom:i,wide:a=!1}){let o=K(),s=(0,O.useContext)(Ao)===ko.COMPACT;return O.createElement(q,{marginTop:n},O.createElement(q,{className:[a?o?Rs:s?Fs:Ls:Ps,o?Is:null,o&&e?Ns:null].join(` `)},O.createElement(q,{padding:r,paddingBottom:i??r},t)))}var Bs=[`k`,`m`,`b`,`t`];function Vs(e,t=1){return e.toString().replace(RegExp(`(.+\\.\\d{${t}})\\d+`),`$1`).replace(/(\.[1-9]*)0+$/,`$1`).replace(/\.$/,``)}function Hs(e){if(e<1)return Vs(e,3);if(e<100)return Vs(e,2);if(e<1e4)return new Intl.NumberFormat().format(Number.parseFloat(Vs(e,1)));let t=String(e);for(let n=Bs.length-1;n>=0;n--){let r=10**((n+1)*3);if(r<=e){t=Vs(e*10/r/10,1)+Bs[n];break}}return t}function Us(e){return e.length<8?e:`${e.substring(0,4)}\u2026${e.substring(e.length-4)}`}function Ws(e){if(!e)return``;let t=e.split(`.`),n=t.pop();return t.join(`.`).length>24?`${t.join(`.`).substring(0,24)}...`:`${t.join(`.`)}.${n}`}var Gs=()=>O.createElement(`svg`,{fill:`none`,height:`13`,viewBox:`0 0 13 13`,width:`13`,xmlns:`http://www.w3.org/2000/svg`},O.createElement(`title`,null,`Copied`),O.createElement(`path`,{d:`M4.94568 12.2646C5.41052 12.2646 5.77283 12.0869 6.01892 11.7109L12.39 1.96973C12.5677 1.69629 12.6429 1.44336 12.6429 1.2041C12.6429 0.561523 12.1644 0.0966797 11.5082 0.0966797C11.057 0.0966797 10.7767 0.260742 10.5033 0.691406L4.9115 9.50977L2.07458 5.98926C1.82166 5.68848 1.54822 5.55176 1.16541 5.55176C0.502319 5.55176 0.0238037 6.02344 0.0238037 6.66602C0.0238037 6.95312 0.112671 7.20605 0.358765 7.48633L3.88611 11.7588C4.18005 12.1074 4.50818 12.2646 4.94568 12.2646Z`,fill:`currentColor`})),Ks=()=>O.createElement(`svg`,{fill:`none`,height:`16`,viewBox:`0 0 17 16`,width:`17`,xmlns:`http://www.w3.org/2000/svg`},O.createElement(`title`,null,`Copy`),O.createElement(`path`,{d:`M3.04236 12.3027H4.18396V13.3008C4.18396 14.8525 5.03845 15.7002 6.59705 15.7002H13.6244C15.183 15.7002 16.0375 14.8525 16.0375 13.3008V6.24609C16.0375 4.69434 15.183 3.84668 13.6244 3.84668H12.4828V2.8418C12.4828 1.29688 11.6283 0.442383 10.0697 0.442383H3.04236C1.48376 0.442383 0.629272 1.29004 0.629272 2.8418V9.90332C0.629272 11.4551 1.48376 12.3027 3.04236 12.3027ZM3.23376 10.5391C2.68689 10.5391 2.39294 10.2656 2.39294 9.68457V3.06055C2.39294 2.47949 2.68689 2.21289 3.23376 2.21289H9.8783C10.4252 2.21289 10.7191 2.47949 10.7191 3.06055V3.84668H6.59705C5.03845 3.84668 4.18396 4.69434 4.18396 6.24609V10.5391H3.23376ZM6.78845 13.9365C6.24158 13.9365 5.94763 13.6699 5.94763 13.0889V6.45801C5.94763 5.87695 6.24158 5.61035 6.78845 5.61035H13.433C13.9799 5.61035 14.2738 5.87695 14.2738 6.45801V13.0889C14.2738 13.6699 13.9799 13.9365 13.433 13.9365H6.78845Z`,fill:`currentColor`})),qs=()=>O.createElement(`svg`,{fill:`none`,height:`16`,viewBox:`0 0 18 16`,width:`18`,xmlns:`http://www.w3.org/2000/svg`},O.createElement(`title`,null,`Disconnect`),O.createElement(`path`,{d:`M2.67834 15.5908H9.99963C11.5514 15.5908 12.399 14.7432 12.399 13.1777V10.2656H10.6354V12.9863C10.6354 13.5332 10.3688 13.8271 9.78772 13.8271H2.89026C2.3092 13.8271 2.0426 13.5332 2.0426 12.9863V3.15625C2.0426 2.60254 2.3092 2.30859 2.89026 2.30859H9.78772C10.3688 2.30859 10.6354 2.60254 10.6354 3.15625V5.89746H12.399V2.95801C12.399 1.39941 11.5514 0.544922 9.99963 0.544922H2.67834C1.12659 0.544922 0.278931 1.39941 0.278931 2.95801V13.1777C0.278931 14.7432 1.12659 15.5908 2.67834 15.5908ZM7.43616 8.85059H14.0875L15.0924 8.78906L14.566 9.14453L13.6842 9.96484C13.5406 10.1016 13.4586 10.2861 13.4586 10.4844C13.4586 10.8398 13.7321 11.168 14.1217 11.168C14.3199 11.168 14.4635 11.0928 14.6002 10.9561L16.7809 8.68652C16.986 8.48145 17.0543 8.27637 17.0543 8.06445C17.0543 7.85254 16.986 7.64746 16.7809 7.43555L14.6002 5.17285C14.4635 5.03613 14.3199 4.9541 14.1217 4.9541C13.7321 4.9541 13.4586 5.27539 13.4586 5.6377C13.4586 5.83594 13.5406 6.02734 13.6842 6.15723L14.566 6.98438L15.0924 7.33984L14.0875 7.27148H7.43616C7.01917 7.27148 6.65686 7.62012 6.65686 8.06445C6.65686 8.50195 7.01917 8.85059 7.43616 8.85059Z`,fill:`currentColor`}));function Js(){let e=_o(),{address:t}=d(),n=io();return(0,O.useCallback)(()=>{if(!t||!n)throw Error(`No address or chain ID found`);e.clearTransactions(t,n)},[e,t,n])}var Ys=e=>e?.blockExplorers?.default?.url,Xs=()=>O.createElement(`svg`,{fill:`none`,height:`19`,viewBox:`0 0 20 19`,width:`20`,xmlns:`http://www.w3.org/2000/svg`},O.createElement(`title`,null,`Link`),O.createElement(`path`,{d:`M10 18.9443C15.0977 18.9443 19.2812 14.752 19.2812 9.6543C19.2812 4.56543 15.0889 0.373047 10 0.373047C4.90234 0.373047 0.71875 4.56543 0.71875 9.6543C0.71875 14.752 4.91113 18.9443 10 18.9443ZM10 16.6328C6.1416 16.6328 3.03906 13.5215 3.03906 9.6543C3.03906 5.7959 6.13281 2.68457 10 2.68457C13.8584 2.68457 16.9697 5.7959 16.9697 9.6543C16.9785 13.5215 13.8672 16.6328 10 16.6328ZM12.7158 12.1416C13.2432 12.1416 13.5684 11.7549 13.5684 11.1836V7.19336C13.5684 6.44629 13.1377 6.05957 12.417 6.05957H8.40918C7.8291 6.05957 7.45117 6.38477 7.45117 6.91211C7.45117 7.43945 7.8291 7.77344 8.40918 7.77344H9.69238L10.7207 7.63281L9.53418 8.67871L6.73047 11.4912C6.53711 11.6758 6.41406 11.9395 6.41406 12.2031C6.41406 12.7832 6.85352 13.1699 7.39844 13.1699C7.68848 13.1699 7.92578 13.0732 8.1543 12.8623L10.9316 10.0762L11.9775 8.89844L11.8545 9.98828V11.1836C11.8545 11.7725 12.1885 12.1416 12.7158 12.1416Z`,fill:`currentColor`})),Zs=()=>O.createElement(`svg`,{fill:`none`,height:`19`,viewBox:`0 0 20 19`,width:`20`,xmlns:`http://www.w3.org/2000/svg`},O.createElement(`title`,null,`Cancel`),O.createElement(`path`,{d:`M10 18.9443C15.0977 18.9443 19.2812 14.752 19.2812 9.6543C19.2812 4.56543 15.0889 0.373047 10 0.373047C4.90234 0.373047 0.71875 4.56543 0.71875 9.6543C0.71875 14.752 4.91113 18.9443 10 18.9443ZM10 16.6328C6.1416 16.6328 3.03906 13.5215 3.03906 9.6543C3.03906 5.7959 6.13281 2.68457 10 2.68457C13.8584 2.68457 16.9697 5.7959 16.9697 9.6543C16.9785 13.5215 13.8672 16.6328 10 16.6328ZM7.29297 13.3018C7.58301 13.3018 7.81152 13.2139 7.99609 13.0205L10 11.0166L12.0127 13.0205C12.1973 13.2051 12.4258 13.3018 12.707 13.3018C13.2432 13.3018 13.6562 12.8887 13.6562 12.3525C13.6562 12.0977 13.5508 11.8691 13.3662 11.6934L11.3535 9.67188L13.375 7.6416C13.5596 7.44824 13.6562 7.22852 13.6562 6.98242C13.6562 6.44629 13.2432 6.0332 12.7158 6.0332C12.4346 6.0332 12.2148 6.12109 12.0215 6.31445L10 8.32715L7.9873 6.32324C7.80273 6.12988 7.58301 6.04199 7.29297 6.04199C6.76562 6.04199 6.35254 6.45508 6.35254 6.99121C6.35254 7.2373 6.44922 7.46582 6.63379 7.6416L8.65527 9.67188L6.63379 11.6934C6.44922 11.8691 6.35254 12.1064 6.35254 12.3525C6.35254 12.8887 6.76562 13.3018 7.29297 13.3018Z`,fill:`currentColor`})),Qs=()=>O.createElement(`svg`,{fill:`none`,height:`20`,viewBox:`0 0 20 20`,width:`20`,xmlns:`http://www.w3.org/2000/svg`},O.createElement(`title`,null,`Success`),O.createElement(`path`,{d:`M10 19.4443C15.0977 19.4443 19.2812 15.252 19.2812 10.1543C19.2812 5.06543 15.0889 0.873047 10 0.873047C4.90234 0.873047 0.71875 5.06543 0.71875 10.1543C0.71875 15.252 4.91113 19.4443 10 19.4443ZM10 17.1328C6.1416 17.1328 3.03906 14.0215 3.03906 10.1543C3.03906 6.2959 6.13281 3.18457 10 3.18457C13.8584 3.18457 16.9697 6.2959 16.9697 10.1543C16.9785 14.0215 13.8672 17.1328 10 17.1328ZM9.07715 14.3379C9.4375 14.3379 9.7627 14.1533 9.97363 13.8369L13.7441 8.00977C13.8848 7.79883 13.9814 7.5791 13.9814 7.36816C13.9814 6.84961 13.5244 6.48926 13.0322 6.48926C12.707 6.48926 12.4258 6.66504 12.2148 7.0166L9.05957 12.0967L7.5918 10.2949C7.37207 10.0225 7.13477 9.9082 6.84473 9.9082C6.33496 9.9082 5.92188 10.3125 5.92188 10.8223C5.92188 11.0684 6.00098 11.2793 6.18555 11.5078L8.1543 13.8545C8.40918 14.1709 8.70801 14.3379 9.07715 14.3379Z`,fill:`currentColor`})),$s=e=>{switch(e){case`pending`:return zi;case`confirmed`:return Qs;case`failed`:return Zs;default:return zi}};function ec({tx:e}){let t=K(),n=$s(e.status),r=e.status===`failed`?`error`:`accentColor`,{chain:i}=d(),a=e.status===`confirmed`?`Confirmed`:e.status===`failed`?`Failed`:`Pending`,o=Ys(i);return O.createElement(O.Fragment,null,O.createElement(q,{...o?{as:`a`,background:{hover:`profileForeground`},borderRadius:`menuButton`,className:G({active:`shrink`}),href:`${o}/tx/${e.hash}`,rel:`noreferrer noopener`,target:`_blank`,transition:`default`}:{},color:`modalText`,display:`flex`,flexDirection:`row`,justifyContent:`space-between`,padding:`8`,width:`full`},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,gap:t?`16`:`14`},O.createElement(q,{color:r},O.createElement(n,null)),O.createElement(q,{display:`flex`,flexDirection:`column`,gap:t?`3`:`1`},O.createElement(q,null,O.createElement(Q,{color:`modalText`,font:`body`,size:t?`16`:`14`,weight:`bold`},e?.description)),O.createElement(q,null,O.createElement(Q,{color:e.status===`pending`?`modalTextSecondary`:r,font:`body`,size:`14`,weight:t?`medium`:`regular`},a)))),o&&O.createElement(q,{alignItems:`center`,color:`modalTextDim`,display:`flex`},O.createElement(Xs,null))))}var tc=3;function nc({address:e}){let t=vo(),n=Js(),{chain:r}=d(),i=Ys(r),a=t.slice(0,tc),o=a.length>0,s=K(),{appName:c}=(0,O.useContext)(Co),{i18n:l}=(0,O.useContext)(Z);return O.createElement(O.Fragment,null,O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`10`,paddingBottom:`2`,paddingTop:`16`,paddingX:s?`8`:`18`},o&&O.createElement(q,{paddingBottom:s?`4`:`0`,paddingTop:`8`,paddingX:s?`12`:`6`},O.createElement(q,{display:`flex`,justifyContent:`space-between`},O.createElement(Q,{color:`modalTextSecondary`,size:s?`16`:`14`,weight:`semibold`},l.t(`profile.transactions.recent.title`)),O.createElement(q,{style:{marginBottom:-6,marginLeft:-10,marginRight:-10,marginTop:-6}},O.createElement(q,{as:`button`,background:{hover:`profileForeground`},borderRadius:`actionButton`,className:G({active:`shrink`}),onClick:n,paddingX:s?`8`:`12`,paddingY:s?`4`:`5`,transition:`default`,type:`button`},O.createElement(Q,{color:`modalTextSecondary`,size:s?`16`:`14`,weight:`semibold`},l.t(`profile.transactions.clear.label`)))))),O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`4`},o?a.map(e=>O.createElement(ec,{key:e.hash,tx:e})):O.createElement(O.Fragment,null,O.createElement(q,{padding:s?`12`:`8`},O.createElement(Q,{color:`modalTextDim`,size:s?`16`:`14`,weight:s?`medium`:`bold`},c?l.t(`profile.transactions.description`,{appName:c}):l.t(`profile.transactions.description_fallback`))),s&&O.createElement(q,{background:`generalBorderDim`,height:`1`,marginX:`12`,marginY:`8`})))),i&&O.createElement(q,{paddingBottom:`18`,paddingX:s?`8`:`18`},O.createElement(q,{alignItems:`center`,as:`a`,background:{hover:`profileForeground`},borderRadius:`menuButton`,className:G({active:`shrink`}),color:`modalTextDim`,display:`flex`,flexDirection:`row`,href:`${i}/address/${e}`,justifyContent:`space-between`,paddingX:`8`,paddingY:`12`,rel:`noreferrer noopener`,style:{willChange:`transform`},target:`_blank`,transition:`default`,width:`full`,...s?{paddingLeft:`12`}:{}},O.createElement(Q,{color:`modalText`,font:`body`,size:s?`16`:`14`,weight:s?`semibold`:`bold`},l.t(`profile.explorer.label`)),O.createElement(Xs,null))))}function rc({action:e,icon:t,label:n,testId:r,url:i}){let a=K();return O.createElement(q,{...i?{as:`a`,href:i,rel:`noreferrer noopener`,target:`_blank`}:{as:`button`,type:`button`},background:{base:`profileAction`,...a?{}:{hover:`profileActionHover`}},borderRadius:`menuButton`,boxShadow:`profileDetailsAction`,className:G({active:`shrinkSm`,hover:a?void 0:`grow`}),display:`flex`,onClick:e,padding:a?`6`:`8`,style:{willChange:`transform`},testId:r,transition:`default`,width:`full`},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`1`,justifyContent:`center`,paddingTop:`2`,width:`full`},O.createElement(q,{color:`modalText`,height:`max`},t),O.createElement(q,null,O.createElement(Q,{color:`modalText`,size:a?`12`:`13`,weight:`semibold`},n))))}function ic({address:e,ensAvatar:t,ensName:n,balance:r,onClose:i,onDisconnect:a}){let o=(0,O.useContext)(Mo),{i18n:s}=(0,O.useContext)(Z),[c,l]=(0,O.useState)(!1),u=(0,O.useCallback)(()=>{e&&(navigator.clipboard.writeText(e),l(!0))},[e]);if((0,O.useEffect)(()=>{if(c){let e=setTimeout(()=>{l(!1)},1500);return()=>clearTimeout(e)}},[c]),!e)return null;let d=n?Ws(n):Us(e),f=r?.formatted,p=f?Hs(Number.parseFloat(f)):void 0,m=`rk_profile_title`,h=K();return O.createElement(O.Fragment,null,O.createElement(q,{display:`flex`,flexDirection:`column`},O.createElement(q,{background:`profileForeground`,padding:`16`},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:h?`16`:`12`,justifyContent:`center`,margin:`8`,style:{textAlign:`center`}},O.createElement(q,{style:{position:`absolute`,right:16,top:16,willChange:`transform`}},O.createElement(ps,{onClose:i})),` `,O.createElement(q,{marginTop:h?`24`:`0`},O.createElement(Gi,{address:e,imageUrl:t,size:h?82:74})),O.createElement(q,{display:`flex`,flexDirection:`column`,gap:h?`4`:`0`,textAlign:`center`},O.createElement(q,{textAlign:`center`},O.createElement(Q,{as:`h1`,color:`modalText`,id:m,size:h?`20`:`18`,weight:`heavy`},d)),!!r&&O.createElement(q,{textAlign:`center`},O.createElement(Q,{as:`h1`,color:`modalTextSecondary`,id:m,size:h?`16`:`14`,weight:`semibold`},p,` `,r.symbol)))),O.createElement(q,{display:`flex`,flexDirection:`row`,gap:`8`,margin:`2`,marginTop:`16`},O.createElement(rc,{action:u,icon:c?O.createElement(Gs,null):O.createElement(Ks,null),label:c?s.t(`profile.copy_address.copied`):s.t(`profile.copy_address.label`)}),O.createElement(rc,{action:a,icon:O.createElement(qs,null),label:s.t(`profile.disconnect.label`),testId:`disconnect-button`}))),o&&O.createElement(O.Fragment,null,O.createElement(q,{background:`generalBorder`,height:`1`,marginTop:`-1`}),O.createElement(q,null,O.createElement(nc,{address:e})))))}function ac({onClose:e,open:t}){let{address:n}=d(),{balance:r,ensAvatar:a,ensName:o}=ro({address:n,includeBalance:t}),{disconnect:s}=i();return n?O.createElement(O.Fragment,null,n&&O.createElement(Ms,{onClose:e,open:t,titleId:`rk_account_modal_title`},O.createElement(zs,{bottomSheetOnMobile:!0,padding:`0`},O.createElement(ic,{address:n,ensAvatar:a,ensName:o,balance:r,onClose:e,onDisconnect:s})))):null}var oc=({size:e})=>O.createElement(`svg`,{fill:`none`,height:e,viewBox:`0 0 28 28`,width:e,xmlns:`http://www.w3.org/2000/svg`},O.createElement(`title`,null,`Disconnect`),O.createElement(`path`,{d:`M6.742 22.195h8.367c1.774 0 2.743-.968 2.743-2.758V16.11h-2.016v3.11c0 .625-.305.96-.969.96H6.984c-.664 0-.968-.335-.968-.96V7.984c0-.632.304-.968.968-.968h7.883c.664 0 .969.336.969.968v3.133h2.016v-3.36c0-1.78-.97-2.757-2.743-2.757H6.742C4.97 5 4 5.977 4 7.758v11.68c0 1.789.969 2.757 2.742 2.757Zm5.438-7.703h7.601l1.149-.07-.602.406-1.008.938a.816.816 0 0 0-.258.593c0 .407.313.782.758.782.227 0 .39-.086.547-.243l2.492-2.593c.235-.235.313-.47.313-.711 0-.242-.078-.477-.313-.719l-2.492-2.586c-.156-.156-.32-.25-.547-.25-.445 0-.758.367-.758.781 0 .227.094.446.258.594l1.008.945.602.407-1.149-.079H12.18a.904.904 0 0 0 0 1.805Z`,fill:`currentColor`})),sc=`v9horb0`,cc=O.forwardRef(({children:e,currentlySelected:t=!1,onClick:n,testId:r,...i},a)=>{let o=K();return O.createElement(q,{as:`button`,borderRadius:`menuButton`,disabled:t,display:`flex`,onClick:n,ref:a,testId:r,type:`button`},O.createElement(q,{borderRadius:`menuButton`,className:[o?sc:void 0,!t&&G({active:`shrink`})],padding:o?`8`:`6`,transition:`default`,width:`full`,...t?{background:`accentColor`,borderColor:`selectedOptionBorder`,borderStyle:`solid`,borderWidth:`1`,boxShadow:`selectedOption`,color:`accentColorForeground`}:{background:{hover:`menuItemBackground`},color:`modalText`,transition:`default`},...i},e))});cc.displayName=`MenuButton`;var lc=({chainId:e,currentChainId:t,switchChain:n,chainIconSize:r,isLoading:i,src:a,name:o,iconBackground:s,idx:c})=>{let l=K(),{i18n:u}=(0,O.useContext)(Z),d=Ia(),f=t===e;return O.createElement(O.Fragment,null,O.createElement(cc,{currentlySelected:f,onClick:f?void 0:()=>n({chainId:e}),testId:`chain-option-${e}`},O.createElement(q,{fontFamily:`body`,fontSize:`16`,fontWeight:`bold`},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,justifyContent:`space-between`},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,gap:`4`,height:r},a&&O.createElement(q,{height:`full`,marginRight:`8`},O.createElement(J,{alt:o,background:s,borderRadius:`full`,height:r,src:a,width:r,testId:`chain-option-${e}-icon`})),O.createElement(`div`,null,o??o)),f&&O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,marginRight:`6`},O.createElement(Q,{color:`accentColorForeground`,size:`14`,weight:`medium`},u.t(`chains.connected`)),O.createElement(q,{background:`connectionIndicator`,borderColor:`selectedOptionBorder`,borderRadius:`full`,borderStyle:`solid`,borderWidth:`1`,height:`8`,marginLeft:`8`,width:`8`})),i&&O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,marginRight:`6`},O.createElement(Q,{color:`modalText`,size:`14`,weight:`medium`},u.t(`chains.confirm`)),O.createElement(q,{background:`standby`,borderRadius:`full`,height:`8`,marginLeft:`8`,width:`8`}))))),l&&c<d.length-1&&O.createElement(q,{background:`generalBorderDim`,height:`1`,marginX:`8`}))},uc=`_18dqw9x0`,dc=`_18dqw9x1`;function fc({onClose:e,open:t}){let{chainId:n}=d(),{chains:r}=s(),[a,o]=(0,O.useState)(null),{switchChain:c}=x({mutation:{onMutate:({chainId:e})=>{o(e)},onSuccess:()=>{a&&o(null)},onError:()=>{a&&o(null)},onSettled:()=>{e()}}}),{i18n:l}=(0,O.useContext)(Z),{disconnect:u}=i(),f=`rk_chain_modal_title`,p=K(),m=r.some(e=>e.id===n),h=p?`36`:`28`,g=Ia();return n?O.createElement(Ms,{onClose:e,open:t,titleId:f},O.createElement(zs,{bottomSheetOnMobile:!0,paddingBottom:`0`},O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`14`},O.createElement(q,{display:`flex`,flexDirection:`row`,justifyContent:`space-between`},p&&O.createElement(q,{width:`30`}),O.createElement(q,{paddingBottom:`0`,paddingLeft:`8`,paddingTop:`4`},O.createElement(Q,{as:`h1`,color:`modalText`,id:f,size:p?`20`:`18`,weight:`heavy`},l.t(`chains.title`))),O.createElement(ps,{onClose:e})),!m&&O.createElement(q,{marginX:`8`,textAlign:p?`center`:`left`},O.createElement(Q,{color:`modalTextSecondary`,size:`14`,weight:`medium`},l.t(`chains.wrong_network`))),O.createElement(q,{className:p?dc:uc,display:`flex`,flexDirection:`column`,gap:`4`,padding:`2`,paddingBottom:`16`},g.map(({iconBackground:e,iconUrl:t,id:r,name:i},o)=>O.createElement(lc,{key:r,chainId:r,currentChainId:n,switchChain:c,chainIconSize:h,isLoading:a===r,src:t,name:i,iconBackground:e,idx:o})),!m&&O.createElement(O.Fragment,null,O.createElement(q,{background:`generalBorderDim`,height:`1`,marginX:`8`}),O.createElement(cc,{onClick:()=>u(),testId:`chain-option-disconnect`},O.createElement(q,{color:`error`,fontFamily:`body`,fontSize:`16`,fontWeight:`bold`},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,justifyContent:`space-between`},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,gap:`4`,height:h},O.createElement(q,{alignItems:`center`,color:`error`,height:h,justifyContent:`center`,marginRight:`8`},O.createElement(oc,{size:Number(h)})),O.createElement(`div`,null,l.t(`chains.disconnect`))))))))))):null}function pc(e,t){let n={};for(let r of e){let e=t(r);e&&(n[e]||(n[e]=[]),n[e].push(r))}return n}var mc=`rk-latest-id`;function hc(e){typeof window<`u`&&window.localStorage.setItem(mc,e)}var gc=({children:e,href:t})=>O.createElement(q,{as:`a`,color:`accentColor`,href:t,rel:`noreferrer`,target:`_blank`},e),_c=({children:e})=>O.createElement(Q,{color:`modalTextSecondary`,size:`12`,weight:`medium`},e);function vc({compactModeEnabled:e=!1,getWallet:t}){let{disclaimer:n,learnMoreUrl:r}=(0,O.useContext)(Co),{i18n:i}=(0,O.useContext)(Z);return O.createElement(O.Fragment,null,O.createElement(q,{alignItems:`center`,color:`accentColor`,display:`flex`,flexDirection:`column`,height:`full`,justifyContent:`space-around`},O.createElement(q,{marginBottom:`10`},!e&&O.createElement(Q,{color:`modalText`,size:`18`,weight:`heavy`},i.t(`intro.title`))),O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`32`,justifyContent:`center`,marginY:`20`,style:{maxWidth:312}},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,gap:`16`},O.createElement(q,{borderRadius:`6`,height:`48`,minWidth:`48`,width:`48`},O.createElement(ss,null)),O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`4`},O.createElement(Q,{color:`modalText`,size:`14`,weight:`bold`},i.t(`intro.digital_asset.title`)),O.createElement(Q,{color:`modalTextSecondary`,size:`14`,weight:`medium`},i.t(`intro.digital_asset.description`)))),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,gap:`16`},O.createElement(q,{borderRadius:`6`,height:`48`,minWidth:`48`,width:`48`},O.createElement(us,null)),O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`4`},O.createElement(Q,{color:`modalText`,size:`14`,weight:`bold`},i.t(`intro.login.title`)),O.createElement(Q,{color:`modalTextSecondary`,size:`14`,weight:`medium`},i.t(`intro.login.description`))))),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`12`,justifyContent:`center`,margin:`10`},O.createElement($,{label:i.t(`intro.get.label`),onClick:t}),O.createElement(q,{as:`a`,className:G({active:`shrink`,hover:`grow`}),display:`block`,href:r,paddingX:`12`,paddingY:`4`,rel:`noreferrer`,style:{willChange:`transform`},target:`_blank`,transition:`default`},O.createElement(Q,{color:`accentColor`,size:`14`,weight:`bold`},i.t(`intro.learn_more.label`)))),n&&!e&&O.createElement(q,{marginBottom:`8`,marginTop:`12`,textAlign:`center`},O.createElement(n,{Link:gc,Text:_c}))))}var yc=()=>O.createElement(`svg`,{fill:`none`,height:`17`,viewBox:`0 0 11 17`,width:`11`,xmlns:`http://www.w3.org/2000/svg`},O.createElement(`title`,null,`Back`),O.createElement(`path`,{d:`M0.99707 8.6543C0.99707 9.08496 1.15527 9.44531 1.51562 9.79688L8.16016 16.3096C8.43262 16.5732 8.74902 16.7051 9.13574 16.7051C9.90918 16.7051 10.5508 16.0811 10.5508 15.3076C10.5508 14.9121 10.3838 14.5605 10.0938 14.2705L4.30176 8.64551L10.0938 3.0293C10.3838 2.74805 10.5508 2.3877 10.5508 2.00098C10.5508 1.23633 9.90918 0.603516 9.13574 0.603516C8.74902 0.603516 8.43262 0.735352 8.16016 0.999023L1.51562 7.51172C1.15527 7.85449 1.00586 8.21484 0.99707 8.6543Z`,fill:`currentColor`})),bc=()=>O.createElement(`svg`,{fill:`none`,height:`12`,viewBox:`0 0 8 12`,width:`8`,xmlns:`http://www.w3.org/2000/svg`},O.createElement(`title`,null,`Info`),O.createElement(`path`,{d:`M3.64258 7.99609C4.19336 7.99609 4.5625 7.73828 4.68555 7.24609C4.69141 7.21094 4.70312 7.16406 4.70898 7.13477C4.80859 6.60742 5.05469 6.35547 6.04492 5.76367C7.14648 5.10156 7.67969 4.3457 7.67969 3.24414C7.67969 1.39844 6.17383 0.255859 3.95898 0.255859C2.32422 0.255859 1.05859 0.894531 0.548828 1.86719C0.396484 2.14844 0.320312 2.44727 0.320312 2.74023C0.314453 3.37305 0.742188 3.79492 1.42188 3.79492C1.91406 3.79492 2.33594 3.54883 2.53516 3.11523C2.78711 2.47656 3.23242 2.21289 3.83594 2.21289C4.55664 2.21289 5.10742 2.65234 5.10742 3.29102C5.10742 3.9707 4.7793 4.29883 3.81836 4.87891C3.02148 5.36523 2.50586 5.92773 2.50586 6.76562V6.90039C2.50586 7.55664 2.96289 7.99609 3.64258 7.99609ZM3.67188 11.4473C4.42773 11.4473 5.04297 10.8672 5.04297 10.1406C5.04297 9.41406 4.42773 8.83984 3.67188 8.83984C2.91602 8.83984 2.30664 9.41406 2.30664 10.1406C2.30664 10.8672 2.91602 11.4473 3.67188 11.4473Z`,fill:`currentColor`})),xc=({"aria-label":e=`Info`,onClick:t})=>{let n=K();return O.createElement(q,{alignItems:`center`,"aria-label":e,as:`button`,background:`closeButtonBackground`,borderColor:`actionButtonBorder`,borderRadius:`full`,borderStyle:`solid`,borderWidth:n?`0`:`1`,className:G({active:`shrinkSm`,hover:`growLg`}),color:`closeButton`,display:`flex`,height:n?`30`:`28`,justifyContent:`center`,onClick:t,style:{willChange:`transform`},transition:`default`,type:`button`,width:n?`30`:`28`},O.createElement(bc,null))},Sc=e=>{let t=(0,O.useRef)(null),n=(0,O.useContext)(wo),r=Fi(e);return(0,O.useEffect)(()=>{if(n&&t.current&&r)return Tc(t.current,r)},[n,r]),t},Cc=()=>{let e=`_rk_coolMode`,t=document.getElementById(e);if(t)return t;let n=document.createElement(`div`);return n.setAttribute(`id`,e),n.setAttribute(`style`,`overflow:hidden;position:fixed;height:100%;top:0;left:0;right:0;bottom:0;pointer-events:none;z-index:2147483647`),document.body.appendChild(n),n},wc=0;function Tc(e,t){wc++;let n=[15,20,25,35,45],r=[],i=!1,a=0,o=0,s=Cc();function c(){let e=n[Math.floor(Math.random()*n.length)],i=Math.random()*10,c=Math.random()*25,l=Math.random()*360,u=Math.random()*35*(Math.random()<=.5?-1:1),d=o-e/2,f=a-e/2,p=Math.random()<=.5?-1:1,m=document.createElement(`div`),h=document.createElement(`img`);h.src=t,h.width=e,h.height=e,h.style.borderRadius=`25%`,m.appendChild(h),m.setAttribute(`style`,[`position:absolute`,`will-change:transform`,`top:${d}px`,`left:${f}px`,`transform:rotate(${l}deg)`].join(`;`)),s.appendChild(m),r.push({direction:p,element:m,left:f,size:e,speedHorz:i,speedUp:c,spinSpeed:u,spinVal:l,top:d})}function l(){for(let e of r)e.left-=e.speedHorz*e.direction,e.top-=e.speedUp,e.speedUp=Math.min(e.size,e.speedUp-1),e.spinVal+=e.spinSpeed,e.top>=Math.max(window.innerHeight,document.body.clientHeight)+e.size&&(r=r.filter(t=>t!==e),e.element.remove()),e.element.setAttribute(`style`,[`position:absolute`,`will-change:transform`,`top:${e.top}px`,`left:${e.left}px`,`transform:rotate(${e.spinVal}deg)`].join(`;`))}let u;function d(){i&&r.length<35&&c(),l(),u=requestAnimationFrame(d)}d();let f=`ontouchstart`in window||navigator.msMaxTouchPoints,p=f?`touchstart`:`mousedown`,m=f?`touchend`:`mouseup`,h=f?`touchmove`:`mousemove`,g=e=>{`touches`in e?(a=e.touches?.[0].clientX,o=e.touches?.[0].clientY):(a=e.clientX,o=e.clientY)},_=e=>{g(e),i=!0},v=()=>{i=!1};return e.addEventListener(h,g,{passive:!1}),e.addEventListener(p,_),e.addEventListener(m,v),e.addEventListener(`mouseleave`,v),()=>{e.removeEventListener(h,g),e.removeEventListener(p,_),e.removeEventListener(m,v),e.removeEventListener(`mouseleave`,v);let t=setInterval(()=>{u&&r.length===0&&(cancelAnimationFrame(u),clearInterval(t),--wc===0&&s.remove())},500)}}var Ec=`g5kl0l0`,Dc=({as:e=`button`,currentlySelected:t=!1,iconBackground:n,iconUrl:r,name:i,onClick:a,ready:o,recent:s,testId:c,isRainbowKitConnector:l,...u})=>{let d=Sc(r),[f,p]=O.useState(!1),{i18n:m}=O.useContext(Z);return O.createElement(q,{display:`flex`,flexDirection:`column`,onMouseEnter:()=>p(!0),onMouseLeave:()=>p(!1),ref:d},O.createElement(q,{as:e,borderRadius:`menuButton`,borderStyle:`solid`,borderWidth:`1`,className:t?void 0:[Ec,G({active:`shrink`})],disabled:t,onClick:a,padding:`5`,style:{willChange:`transform`},testId:c,transition:`default`,width:`full`,...t?{background:`accentColor`,borderColor:`selectedOptionBorder`,boxShadow:`selectedWallet`}:{background:{hover:`menuItemBackground`}},...u},O.createElement(q,{color:t?`accentColorForeground`:`modalText`,disabled:!o,fontFamily:`body`,fontSize:`16`,fontWeight:`bold`,transition:`default`},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,gap:`12`},O.createElement(J,{background:n,...!f&&l?{borderColor:`actionButtonBorder`}:{},useAsImage:!l,borderRadius:`6`,height:`28`,src:r,width:`28`}),O.createElement(q,null,O.createElement(q,{style:{marginTop:s?-2:void 0},maxWidth:`200`},i),s&&O.createElement(Q,{color:t?`accentColorForeground`:`accentColor`,size:`12`,style:{lineHeight:1,marginTop:-1},weight:`medium`},m.t(`connect.recent`)))))))};Dc.displayName=`ModalSelection`;var Oc=(e,t=1)=>{let n=e.replace(`#`,``);return n.length===3&&(n=`${n[0]}${n[0]}${n[1]}${n[1]}${n[2]}${n[2]}`),`rgba(${Number.parseInt(n.substring(0,2),16)},${Number.parseInt(n.substring(2,4),16)},${Number.parseInt(n.substring(4,6),16)},${t>1&&t<=100?t/100:t})`},kc=e=>e?[Oc(e,.2),Oc(e,.14),Oc(e,.1)]:null,Ac=async()=>(await p(async()=>{let{default:e}=await import(`./connect-UA7M4XW6-DQJeO_fI.js`);return{default:e}},[])).default,jc=()=>Ni(Ac),Mc=()=>O.createElement(J,{background:`#515a70`,borderColor:`generalBorder`,borderRadius:`10`,height:`48`,src:Ac,width:`48`}),Nc=async()=>(await p(async()=>{let{default:e}=await import(`./create-FASO7PVG-VYFwPynl.js`);return{default:e}},[])).default,Pc=()=>Ni(Nc),Fc=()=>O.createElement(J,{background:`#e3a5e8`,borderColor:`generalBorder`,borderRadius:`10`,height:`48`,src:Nc,width:`48`}),Ic=async()=>(await p(async()=>{let{default:e}=await import(`./refresh-S4T5V5GX-BVa0mT6U.js`);return{default:e}},[])).default,Lc=()=>Ni(Ic),Rc=()=>O.createElement(J,{background:`#515a70`,borderColor:`generalBorder`,borderRadius:`10`,height:`48`,src:Ic,width:`48`}),zc=async()=>(await p(async()=>{let{default:e}=await import(`./scan-4UYSQ56Q-x0Kcc50k.js`);return{default:e}},[])).default,Bc=()=>Ni(zc),Vc=()=>O.createElement(J,{background:`#515a70`,borderColor:`generalBorder`,borderRadius:`10`,height:`48`,src:zc,width:`48`}),Hc=`_1vwt0cg0`,Uc=`_1vwt0cg2 ju367v7a ju367v7v`,Wc=`_1vwt0cg3`,Gc=`_1vwt0cg4`;function Kc({ecc:e=`medium`,logoBackground:t,logoSize:n=50,logoUrl:r,size:i=200,uri:a}){let o=i-Number.parseInt(`20`,10)*2,s=Fi(r);return O.createElement(q,{borderColor:`generalBorder`,borderRadius:`menuButton`,borderStyle:`solid`,borderWidth:`1`,className:Hc,padding:`20`,width:`max`},O.createElement(q,{style:{height:o,userSelect:`none`,width:o},userSelect:`none`},O.createElement(fi.Root,{errorCorrection:e,size:o,value:a},O.createElement(fi.Cells,{className:void 0,fill:`currentColor`,filter:void 0,radius:1}),O.createElement(fi.Finder,{className:void 0,fill:`currentColor`,radius:.25,stroke:void 0}),s&&O.createElement(fi.Arena,null,O.createElement(`img`,{alt:`Wallet Logo`,src:s,style:{backgroundColor:t,borderRadius:`22.5%`,height:`88%`,objectFit:`cover`,width:`88%`}})))))}var qc=async()=>{switch(zo()){case`Arc`:return(await p(async()=>{let{default:e}=await import(`./Arc-VDBY7LNS-mIMog6Xn.js`);return{default:e}},[])).default;case`Brave`:return(await p(async()=>{let{default:e}=await import(`./Brave-BRAKJXDS-Ds9BAu3H.js`);return{default:e}},[])).default;case`Chrome`:return(await p(async()=>{let{default:e}=await import(`./Chrome-65Q5P54Y-Cenl3L5X.js`);return{default:e}},[])).default;case`Edge`:return(await p(async()=>{let{default:e}=await import(`./Edge-XSPUTORV-BHVIBKyP.js`);return{default:e}},[])).default;case`Firefox`:return(await p(async()=>{let{default:e}=await import(`./Firefox-AAHGJQIP-n0RL6d6V.js`);return{default:e}},[])).default;case`Opera`:return(await p(async()=>{let{default:e}=await import(`./Opera-KQZLSACL-BpCiIQsC.js`);return{default:e}},[])).default;case`Safari`:return(await p(async()=>{let{default:e}=await import(`./Safari-ZPL37GXR-DntWn3iu.js`);return{default:e}},[])).default;default:return(await p(async()=>{let{default:e}=await import(`./Browser-76IHF3Y2-ppUbN5qF.js`);return{default:e}},[])).default}},Jc=()=>Ni(qc),Yc=async()=>{switch(Wo()){case`Windows`:return(await p(async()=>{let{default:e}=await import(`./Windows-PPTHQER6-DXuEdJn8.js`);return{default:e}},[])).default;case`macOS`:return(await p(async()=>{let{default:e}=await import(`./Macos-MW4AE7LN-C9Mpec3m.js`);return{default:e}},[])).default;case`Linux`:return(await p(async()=>{let{default:e}=await import(`./Linux-OO4TNCLJ-Jfq2dar1.js`);return{default:e}},[])).default;default:return(await p(async()=>{let{default:e}=await import(`./Linux-OO4TNCLJ-Jfq2dar1.js`);return{default:e}},[])).default}},Xc=()=>Ni(Yc);function Zc({getWalletDownload:e,compactModeEnabled:t}){let n=is().filter(e=>e.isRainbowKitConnector).splice(0,5),{i18n:r}=(0,O.useContext)(Z);return O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,height:`full`,marginTop:`18`,width:`full`},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`28`,height:`full`,width:`full`},n?.filter(e=>e.extensionDownloadUrl||e.desktopDownloadUrl||e.qrCode&&e.downloadUrls?.qrCode).map(t=>{let{downloadUrls:n,iconBackground:i,iconUrl:a,id:o,name:s,qrCode:c}=t,l=n?.qrCode&&c,u=!!t.extensionDownloadUrl,d=n?.qrCode&&u,f=n?.qrCode&&!!t.desktopDownloadUrl;return O.createElement(q,{alignItems:`center`,display:`flex`,gap:`16`,justifyContent:`space-between`,key:t.id,width:`full`},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,gap:`16`},O.createElement(J,{background:i,borderColor:`actionButtonBorder`,borderRadius:`10`,height:`48`,src:a,width:`48`}),O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`2`},O.createElement(Q,{color:`modalText`,size:`14`,weight:`bold`},s),O.createElement(Q,{color:`modalTextSecondary`,size:`14`,weight:`medium`},d?r.t(`get.mobile_and_extension.description`):f?r.t(`get.mobile_and_desktop.description`):l?r.t(`get.mobile.description`):u?r.t(`get.extension.description`):null))),O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`4`},O.createElement($,{label:r.t(`get.action.label`),onClick:()=>e(o),type:`secondary`})))})),O.createElement(q,{alignItems:`center`,borderRadius:`10`,display:`flex`,flexDirection:`column`,gap:`8`,justifyContent:`space-between`,marginBottom:`4`,paddingY:`8`,style:{maxWidth:275,textAlign:`center`}},O.createElement(Q,{color:`modalText`,size:`14`,weight:`bold`},r.t(`get.looking_for.title`)),O.createElement(Q,{color:`modalTextSecondary`,size:`14`,weight:`medium`},t?r.t(`get.looking_for.desktop.compact_description`):r.t(`get.looking_for.desktop.wide_description`))))}var Qc=`44`;function $c({changeWalletStep:e,compactModeEnabled:t,connectionError:n,onClose:r,qrCodeUri:i,reconnect:a,wallet:o}){let{downloadUrls:s,iconBackground:c,iconUrl:l,name:u,qrCode:d,ready:f,showWalletConnectModal:p,getDesktopUri:m}=o,h=!!m,g=Lo(),{i18n:_}=(0,O.useContext)(Z),v=!!o.extensionDownloadUrl,y=s?.qrCode&&v,b=s?.qrCode&&!!o.desktopDownloadUrl,x=d&&i,S=async()=>{let e=await m?.();window.open(e,g?`_blank`:`_self`)},C=p?{description:t?_.t(`connect.walletconnect.description.compact`):_.t(`connect.walletconnect.description.full`),label:_.t(`connect.walletconnect.open.label`),onClick:()=>{r(),p()}}:x?{description:_.t(`connect.secondary_action.get.description`,{wallet:u}),label:_.t(`connect.secondary_action.get.label`),onClick:()=>e(y||b?`DOWNLOAD_OPTIONS`:`DOWNLOAD`)}:null,{width:ee}=Eo(),te=ee&&ee<768;return(0,O.useEffect)(()=>{Jc(),Xc()},[]),O.createElement(q,{display:`flex`,flexDirection:`column`,height:`full`,width:`full`},x?O.createElement(q,{alignItems:`center`,display:`flex`,height:`full`,justifyContent:`center`},O.createElement(Kc,{logoBackground:c,logoSize:t?60:72,logoUrl:l,size:t?318:te?Math.max(280,Math.min(ee-308,382)):382,uri:i})):O.createElement(q,{alignItems:`center`,display:`flex`,justifyContent:`center`,style:{flexGrow:1}},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`8`},O.createElement(q,{borderRadius:`10`,height:Qc,overflow:`hidden`},O.createElement(J,{useAsImage:!o.isRainbowKitConnector,height:Qc,src:l,width:Qc})),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`4`,paddingX:`32`,style:{textAlign:`center`}},O.createElement(Q,{color:`modalText`,size:`18`,weight:`bold`},f?_.t(`connect.status.opening`,{wallet:u}):v?_.t(`connect.status.not_installed`,{wallet:u}):_.t(`connect.status.not_available`,{wallet:u})),!f&&v?O.createElement(q,{paddingTop:`20`},O.createElement($,{href:o.extensionDownloadUrl,label:_.t(`connect.secondary_action.install.label`),type:`secondary`})):null,f&&!x&&O.createElement(O.Fragment,null,O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,justifyContent:`center`},O.createElement(Q,{color:`modalTextSecondary`,size:`14`,textAlign:`center`,weight:`medium`},_.t(`connect.status.confirm`))),O.createElement(q,{alignItems:`center`,color:`modalText`,display:`flex`,flexDirection:`row`,height:`32`,marginTop:`8`},n?O.createElement($,{label:_.t(`connect.secondary_action.retry.label`),onClick:async()=>{h&&S(),a(o)}}):O.createElement(q,{color:`modalTextSecondary`},O.createElement(zi,null))))))),O.createElement(q,{alignItems:`center`,borderRadius:`10`,display:`flex`,flexDirection:`row`,gap:`8`,height:`28`,justifyContent:`space-between`,marginTop:`12`},f&&C&&O.createElement(O.Fragment,null,O.createElement(Q,{color:`modalTextSecondary`,size:`14`,weight:`medium`},C.description),O.createElement($,{label:C.label,onClick:C.onClick,type:`secondary`}))))}var el=({actionLabel:e,description:t,iconAccent:n,iconBackground:r,iconUrl:i,isCompact:a,onAction:o,title:s,url:c,variant:l})=>{let u=l===`browser`,d=!u&&n&&kc(n);return O.createElement(q,{alignItems:`center`,borderRadius:`13`,display:`flex`,justifyContent:`center`,overflow:`hidden`,paddingX:a?`18`:`44`,position:`relative`,style:{flex:1,isolation:`isolate`},width:`full`},O.createElement(q,{borderColor:`actionButtonBorder`,borderRadius:`13`,borderStyle:`solid`,borderWidth:`1`,style:{bottom:`0`,left:`0`,position:`absolute`,right:`0`,top:`0`,zIndex:1}}),u&&O.createElement(q,{background:`downloadTopCardBackground`,height:`full`,position:`absolute`,style:{zIndex:0},width:`full`},O.createElement(q,{display:`flex`,flexDirection:`row`,justifyContent:`space-between`,style:{bottom:`0`,filter:`blur(20px)`,left:`0`,position:`absolute`,right:`0`,top:`0`,transform:`translate3d(0, 0, 0)`}},O.createElement(q,{style:{filter:`blur(100px)`,marginLeft:-27,marginTop:-20,opacity:.6,transform:`translate3d(0, 0, 0)`}},O.createElement(J,{borderRadius:`full`,height:`200`,src:i,width:`200`})),O.createElement(q,{style:{filter:`blur(100px)`,marginRight:0,marginTop:105,opacity:.6,overflow:`auto`,transform:`translate3d(0, 0, 0)`}},O.createElement(J,{borderRadius:`full`,height:`200`,src:i,width:`200`})))),!u&&d&&O.createElement(q,{background:`downloadBottomCardBackground`,style:{bottom:`0`,left:`0`,position:`absolute`,right:`0`,top:`0`}},O.createElement(q,{position:`absolute`,style:{background:`radial-gradient(50% 50% at 50% 50%, ${d[0]} 0%, ${d[1]} 25%, rgba(0,0,0,0) 100%)`,height:564,left:-215,top:-197,transform:`translate3d(0, 0, 0)`,width:564}}),O.createElement(q,{position:`absolute`,style:{background:`radial-gradient(50% 50% at 50% 50%, ${d[2]} 0%, rgba(0, 0, 0, 0) 100%)`,height:564,left:-1,top:-76,transform:`translate3d(0, 0, 0)`,width:564}})),O.createElement(q,{alignItems:`flex-start`,display:`flex`,flexDirection:`row`,gap:`24`,height:`max`,justifyContent:`center`,style:{zIndex:1}},O.createElement(q,null,O.createElement(J,{height:`60`,src:i,width:`60`,...r?{background:r,borderColor:`generalBorder`,borderRadius:`10`}:null})),O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`4`,style:{flex:1},width:`full`},O.createElement(Q,{color:`modalText`,size:`14`,weight:`bold`},s),O.createElement(Q,{color:`modalTextSecondary`,size:`14`,weight:`medium`},t),O.createElement(q,{marginTop:`14`,width:`max`},O.createElement($,{href:c,label:e,onClick:o,size:`medium`})))))};function tl({changeWalletStep:e,wallet:t}){let n=zo(),r=Wo(),i=(0,O.useContext)(Ao)===`compact`,{desktop:a,desktopDownloadUrl:o,extension:s,extensionDownloadUrl:c,mobileDownloadUrl:l}=t,{i18n:u}=(0,O.useContext)(Z);return(0,O.useEffect)(()=>{Pc(),Bc(),Lc(),jc()},[]),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`24`,height:`full`,marginBottom:`8`,marginTop:`4`,width:`full`},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`8`,height:`full`,justifyContent:`center`,width:`full`},c&&O.createElement(el,{actionLabel:u.t(`get_options.extension.download.label`,{browser:n}),description:u.t(`get_options.extension.description`),iconUrl:qc,isCompact:i,onAction:()=>e(s?.instructions?`INSTRUCTIONS_EXTENSION`:`CONNECT`),title:u.t(`get_options.extension.title`,{wallet:t.name,browser:n}),url:c,variant:`browser`}),o&&O.createElement(el,{actionLabel:u.t(`get_options.desktop.download.label`,{platform:r}),description:u.t(`get_options.desktop.description`),iconUrl:Yc,isCompact:i,onAction:()=>e(a?.instructions?`INSTRUCTIONS_DESKTOP`:`CONNECT`),title:u.t(`get_options.desktop.title`,{wallet:t.name,platform:r}),url:o,variant:`desktop`}),l&&O.createElement(el,{actionLabel:u.t(`get_options.mobile.download.label`,{wallet:t.name}),description:u.t(`get_options.mobile.description`),iconAccent:t.iconAccent,iconBackground:t.iconBackground,iconUrl:t.iconUrl,isCompact:i,onAction:()=>{e(`DOWNLOAD`)},title:u.t(`get_options.mobile.title`,{wallet:t.name}),variant:`app`})))}function nl({changeWalletStep:e,wallet:t}){let{downloadUrls:n,qrCode:r}=t,{i18n:i}=(0,O.useContext)(Z);return(0,O.useEffect)(()=>{Pc(),Bc()},[]),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`24`,height:`full`,width:`full`},O.createElement(q,{style:{maxWidth:220,textAlign:`center`}},O.createElement(Q,{color:`modalTextSecondary`,size:`14`,weight:`semibold`},i.t(`get_mobile.description`))),O.createElement(q,{height:`full`},n?.qrCode?O.createElement(Kc,{logoSize:0,size:268,uri:n.qrCode}):null),O.createElement(q,{alignItems:`center`,borderRadius:`10`,display:`flex`,flexDirection:`row`,gap:`8`,height:`34`,justifyContent:`space-between`,marginBottom:`12`,paddingY:`8`},O.createElement($,{label:i.t(`get_mobile.continue.label`),onClick:()=>e(r?.instructions?`INSTRUCTIONS_MOBILE`:`CONNECT`)})))}var rl={connect:()=>O.createElement(Mc,null),create:()=>O.createElement(Fc,null),install:e=>O.createElement(J,{background:e.iconBackground,borderColor:`generalBorder`,borderRadius:`10`,height:`48`,src:e.iconUrl,width:`48`}),refresh:()=>O.createElement(Rc,null),scan:()=>O.createElement(Vc,null)};function il({connectWallet:e,wallet:t}){let{i18n:n}=(0,O.useContext)(Z);return O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,height:`full`,width:`full`},O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`28`,height:`full`,justifyContent:`center`,paddingY:`32`,style:{maxWidth:320}},t?.qrCode?.instructions?.steps.map(e=>O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,gap:`16`,key:e.title},O.createElement(q,{borderRadius:`10`,height:`48`,minWidth:`48`,overflow:`hidden`,position:`relative`,width:`48`},rl[e.step]?.(t)),O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`4`},O.createElement(Q,{color:`modalText`,size:`14`,weight:`bold`},n.t(e.title,void 0,{rawKeyIfTranslationMissing:!0})),O.createElement(Q,{color:`modalTextSecondary`,size:`14`,weight:`medium`},n.t(e.description,void 0,{rawKeyIfTranslationMissing:!0})))))),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`12`,justifyContent:`center`,marginBottom:`16`},O.createElement($,{label:n.t(`get_instructions.mobile.connect.label`),onClick:()=>e(t)}),O.createElement(q,{as:`a`,className:G({active:`shrink`,hover:`grow`}),display:`block`,href:t?.qrCode?.instructions?.learnMoreUrl,paddingX:`12`,paddingY:`4`,rel:`noreferrer`,style:{willChange:`transform`},target:`_blank`,transition:`default`},O.createElement(Q,{color:`accentColor`,size:`14`,weight:`bold`},n.t(`get_instructions.mobile.learn_more.label`)))))}function al({wallet:e}){let{i18n:t}=(0,O.useContext)(Z);return O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,height:`full`,width:`full`},O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`28`,height:`full`,justifyContent:`center`,paddingY:`32`,style:{maxWidth:320}},e?.extension?.instructions?.steps.map(n=>O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,gap:`16`,key:n.title},O.createElement(q,{borderRadius:`10`,height:`48`,minWidth:`48`,overflow:`hidden`,position:`relative`,width:`48`},rl[n.step]?.(e)),O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`4`},O.createElement(Q,{color:`modalText`,size:`14`,weight:`bold`},t.t(n.title,void 0,{rawKeyIfTranslationMissing:!0})),O.createElement(Q,{color:`modalTextSecondary`,size:`14`,weight:`medium`},t.t(n.description,void 0,{rawKeyIfTranslationMissing:!0})))))),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`12`,justifyContent:`center`,marginBottom:`16`},O.createElement($,{label:t.t(`get_instructions.extension.refresh.label`),onClick:window.location.reload.bind(window.location)}),O.createElement(q,{as:`a`,className:G({active:`shrink`,hover:`grow`}),display:`block`,href:e?.extension?.instructions?.learnMoreUrl,paddingX:`12`,paddingY:`4`,rel:`noreferrer`,style:{willChange:`transform`},target:`_blank`,transition:`default`},O.createElement(Q,{color:`accentColor`,size:`14`,weight:`bold`},t.t(`get_instructions.extension.learn_more.label`)))))}function ol({connectWallet:e,wallet:t}){let{i18n:n}=(0,O.useContext)(Z);return O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,height:`full`,width:`full`},O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`28`,height:`full`,justifyContent:`center`,paddingY:`32`,style:{maxWidth:320}},t?.desktop?.instructions?.steps.map(e=>O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,gap:`16`,key:e.title},O.createElement(q,{borderRadius:`10`,height:`48`,minWidth:`48`,overflow:`hidden`,position:`relative`,width:`48`},rl[e.step]?.(t)),O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`4`},O.createElement(Q,{color:`modalText`,size:`14`,weight:`bold`},n.t(e.title,void 0,{rawKeyIfTranslationMissing:!0})),O.createElement(Q,{color:`modalTextSecondary`,size:`14`,weight:`medium`},n.t(e.description,void 0,{rawKeyIfTranslationMissing:!0})))))),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`12`,justifyContent:`center`,marginBottom:`16`},O.createElement($,{label:n.t(`get_instructions.desktop.connect.label`),onClick:()=>e(t)}),O.createElement(q,{as:`a`,className:G({active:`shrink`,hover:`grow`}),display:`block`,href:t?.desktop?.instructions?.learnMoreUrl,paddingX:`12`,paddingY:`4`,rel:`noreferrer`,style:{willChange:`transform`},target:`_blank`,transition:`default`},O.createElement(Q,{color:`accentColor`,size:`14`,weight:`bold`},n.t(`get_instructions.desktop.learn_more.label`)))))}function sl({onClose:e}){let[t,n]=(0,O.useState)(),[r,i]=(0,O.useState)(),[a,o]=(0,O.useState)(),s=!!r?.qrCode&&a,[c,l]=(0,O.useState)(!1),u=(0,O.useContext)(Ao)===ko.COMPACT,{disclaimer:d}=(0,O.useContext)(Co),{i18n:f}=(0,O.useContext)(Z),p=Lo(),m=(0,O.useRef)(!1),{connector:h}=(0,O.useContext)(Do),g=is(!h).filter(e=>e.ready||!!e.extensionDownloadUrl).sort((e,t)=>e.groupIndex-t.groupIndex),_=is(),v=pc(g,e=>e.groupName),y=[`Recommended`,`Other`,`Popular`,`More`,`Others`,`Installed`];(0,O.useEffect)(()=>{h&&!m.current&&(w(`CONNECT`),C(h),m.current=!0)},[h]);let b=e=>{l(!1),e.ready&&e?.connect?.()?.catch(()=>{l(!0)})},x=async e=>{let t=g.find(t=>e.id===t.id);t?.getDesktopUri&&setTimeout(async()=>{let e=await t?.getDesktopUri?.();e&&window.open(e,p?`_blank`:`_self`)},0)},S=async e=>{let t=g.find(t=>e.id===t.id),n=await t?.getQrCodeUri?.();o(n),setTimeout(()=>{i(t),w(`CONNECT`)},n?0:50)},C=async e=>{hc(e.id),e.ready&&(S(e),x(e)),b(e),n(e.id),e.ready||(i(e),w(e?.extensionDownloadUrl?`DOWNLOAD_OPTIONS`:`CONNECT`))},ee=e=>{let t=_.find(t=>e===t.id),n=t?.downloadUrls?.qrCode,r=!!t?.desktopDownloadUrl,a=!!t?.extensionDownloadUrl;i(t),w(n&&(a||r)?`DOWNLOAD_OPTIONS`:n?`DOWNLOAD`:r?`INSTRUCTIONS_DESKTOP`:`INSTRUCTIONS_EXTENSION`)},te=()=>{n(void 0),i(void 0),o(void 0)},w=(e,t=!1)=>{t&&e===`GET`&&ne===`GET`?te():!t&&e===`GET`?re(`GET`):!t&&e===`CONNECT`&&re(`CONNECT`),ae(e)},[ne,re]=(0,O.useState)(`NONE`),[ie,ae]=(0,O.useState)(`NONE`),T=null,E=null,D=null,oe;(0,O.useEffect)(()=>{l(!1)},[ie,r]);let se=!!(r?.extensionDownloadUrl&&r?.mobileDownloadUrl);switch(ie){case`NONE`:T=O.createElement(vc,{getWallet:()=>w(`GET`)});break;case`LEARN_COMPACT`:T=O.createElement(vc,{compactModeEnabled:u,getWallet:()=>w(`GET`)}),E=f.t(`intro.title`),D=`NONE`;break;case`GET`:T=O.createElement(Zc,{getWalletDownload:ee,compactModeEnabled:u}),E=f.t(`get.title`),D=u?`LEARN_COMPACT`:`NONE`;break;case`CONNECT`:T=r&&O.createElement($c,{changeWalletStep:w,compactModeEnabled:u,connectionError:c,onClose:e,qrCodeUri:a,reconnect:b,wallet:r}),E=s&&(r.name===`WalletConnect`?f.t(`connect_scan.fallback_title`):f.t(`connect_scan.title`,{wallet:r.name})),D=u?h?null:`NONE`:null,oe=u?h?()=>{}:te:()=>{};break;case`DOWNLOAD_OPTIONS`:T=r&&O.createElement(tl,{changeWalletStep:w,wallet:r}),E=r&&f.t(`get_options.short_title`,{wallet:r.name}),D=h?`CONNECT`:u?`NONE`:ne;break;case`DOWNLOAD`:T=r&&O.createElement(nl,{changeWalletStep:w,wallet:r}),E=r&&f.t(`get_mobile.title`,{wallet:r.name}),D=se?`DOWNLOAD_OPTIONS`:ne;break;case`INSTRUCTIONS_MOBILE`:T=r&&O.createElement(il,{connectWallet:C,wallet:r}),E=r&&f.t(`get_options.title`,{wallet:u&&r.shortName||r.name}),D=`DOWNLOAD`;break;case`INSTRUCTIONS_EXTENSION`:T=r&&O.createElement(al,{wallet:r}),E=r&&f.t(`get_options.title`,{wallet:u&&r.shortName||r.name}),D=`DOWNLOAD_OPTIONS`;break;case`INSTRUCTIONS_DESKTOP`:T=r&&O.createElement(ol,{connectWallet:C,wallet:r}),E=r&&f.t(`get_options.title`,{wallet:u&&r.shortName||r.name}),D=`DOWNLOAD_OPTIONS`}return O.createElement(q,{display:`flex`,flexDirection:`row`,style:{maxHeight:u?468:504}},(!u||ie===`NONE`)&&O.createElement(q,{className:u?Gc:Wc,display:`flex`,flexDirection:`column`,marginTop:`16`},O.createElement(q,{display:`flex`,justifyContent:`space-between`},u&&d&&O.createElement(q,{marginLeft:`16`,width:`28`},O.createElement(xc,{onClick:()=>w(`LEARN_COMPACT`)})),u&&!d&&O.createElement(q,{marginLeft:`16`,width:`28`}),O.createElement(q,{marginLeft:u?`0`:`6`,paddingBottom:`8`,paddingTop:`2`,paddingX:`18`},O.createElement(Q,{as:`h1`,color:`modalText`,id:`rk_connect_title`,size:`18`,weight:`heavy`,testId:`connect-header-label`},f.t(`connect.title`))),u&&O.createElement(q,{marginRight:`16`},O.createElement(ps,{onClose:e}))),O.createElement(q,{className:Uc,paddingBottom:`18`},Object.entries(v).map(([e,n])=>n.length>0&&O.createElement(O.Fragment,{key:e},e?O.createElement(q,{marginBottom:`8`,marginTop:`16`,marginX:`6`},O.createElement(Q,{color:e===`Installed`?`accentColor`:`modalTextSecondary`,size:`14`,weight:`bold`},y.includes(e)?f.t(`connector_group.${e.toLowerCase()}`):e)):null,O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`4`},n.map(e=>O.createElement(Dc,{currentlySelected:e.id===t,iconBackground:e.iconBackground,iconUrl:e.iconUrl,key:e.id,name:e.name,onClick:()=>C(e),ready:e.ready,recent:e.recent,testId:`wallet-option-${e.id}`,isRainbowKitConnector:e.isRainbowKitConnector})))))),u&&O.createElement(O.Fragment,null,O.createElement(q,{background:`generalBorder`,height:`1`,marginTop:`-1`}),d?O.createElement(q,{paddingX:`24`,paddingY:`16`,textAlign:`center`},O.createElement(d,{Link:gc,Text:_c})):O.createElement(q,{alignItems:`center`,display:`flex`,justifyContent:`space-between`,paddingX:`24`,paddingY:`16`},O.createElement(q,{paddingY:`4`},O.createElement(Q,{color:`modalTextSecondary`,size:`14`,weight:`medium`},f.t(`connect.new_to_ethereum.description`))),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`row`,gap:`4`,justifyContent:`center`},O.createElement(q,{className:G({active:`shrink`,hover:`grow`}),cursor:`pointer`,onClick:()=>w(`LEARN_COMPACT`),paddingY:`4`,style:{willChange:`transform`},transition:`default`},O.createElement(Q,{color:`accentColor`,size:`14`,weight:`bold`},f.t(`connect.new_to_ethereum.learn_more.label`))))))),(!u||ie!==`NONE`)&&O.createElement(O.Fragment,null,!u&&O.createElement(q,{background:`generalBorder`,minWidth:`1`,width:`1`}),O.createElement(q,{display:`flex`,flexDirection:`column`,margin:`16`,style:{flexGrow:1}},O.createElement(q,{alignItems:`center`,display:`flex`,justifyContent:`space-between`,marginBottom:`12`},O.createElement(q,{width:`28`},D&&O.createElement(q,{as:`button`,className:G({active:`shrinkSm`,hover:`growLg`}),color:`accentColor`,onClick:()=>{D&&w(D,!0),oe?.()},paddingX:`8`,paddingY:`4`,style:{boxSizing:`content-box`,height:17,willChange:`transform`},transition:`default`,type:`button`},O.createElement(yc,null))),O.createElement(q,{display:`flex`,justifyContent:`center`,style:{flexGrow:1}},E&&O.createElement(Q,{color:`modalText`,size:`18`,textAlign:`center`,weight:`heavy`},E)),O.createElement(ps,{onClose:e})),O.createElement(q,{display:`flex`,flexDirection:`column`,style:{minHeight:u?396:432}},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`6`,height:`full`,justifyContent:`center`,marginX:`8`},T)))))}var cl=`_1am14412`,ll=`_1am14410`,ul=`_1am14413`,dl=({wallet:e})=>O.createElement(`svg`,{className:ul,viewBox:`0 0 86 86`,width:`86`,height:`86`},O.createElement(`title`,null,`Loading`),O.createElement(`rect`,{x:`3`,y:`3`,width:80,height:80,rx:20,ry:20,strokeDasharray:`${160/3} ${320/3}`,strokeDashoffset:160,className:cl,style:{stroke:e?.iconAccent||`#0D3887`}}));function fl({onClose:e,wallet:t,connecting:n}){let{connect:r,iconBackground:i,iconUrl:a,id:o,name:s,getMobileUri:c,ready:l,shortName:u,showWalletConnectModal:d}=t,f=Sc(a),p=(0,O.useRef)(!1),{i18n:m}=(0,O.useContext)(Z),h=(0,O.useCallback)(async()=>{if(o!==`walletConnect`&&(async()=>{let e=await c?.();if(e){if(e&&vs({mobileUri:e,name:s}),e.startsWith(`http`)){let t=document.createElement(`a`);t.href=e,t.target=`_blank`,t.rel=`noreferrer noopener`,t.click()}else window.location.href=e}})(),d)d(),e?.();else try{await r?.()}catch{}},[r,c,d,e,s,o]);return(0,O.useEffect)(()=>{n&&!p.current&&(h(),p.current=!0)},[n,h]),O.createElement(q,{as:`button`,color:l?`modalText`:`modalTextSecondary`,disabled:!l,fontFamily:`body`,key:o,onClick:h,ref:f,style:{overflow:`visible`,textAlign:`center`},testId:`wallet-option-${o}`,type:`button`,width:`full`},O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,justifyContent:`center`},O.createElement(q,{display:`flex`,alignItems:`center`,justifyContent:`center`,paddingBottom:`8`,paddingTop:`10`,position:`relative`},n?O.createElement(dl,{wallet:t}):null,O.createElement(J,{background:i,borderRadius:`13`,boxShadow:`walletLogo`,height:`60`,src:a,width:`60`})),n?null:O.createElement(q,{display:`flex`,flexDirection:`column`,textAlign:`center`},O.createElement(Q,{as:`h2`,color:t.ready?`modalText`:`modalTextSecondary`,size:`13`,weight:`medium`},O.createElement(q,{as:`span`,position:`relative`},u??s,!t.ready&&` (unsupported)`)),t.recent&&O.createElement(Q,{color:`accentColor`,size:`12`,weight:`medium`},m.t(`connect.recent`)))))}function pl({onClose:e}){let t=is().filter(e=>e.isRainbowKitConnector),{disclaimer:n,learnMoreUrl:r}=(0,O.useContext)(Co),i=null,a=null,o=!1,s=null,[c,l]=(0,O.useState)(`CONNECT`),{i18n:u}=(0,O.useContext)(Z),d=Ei();switch(c){case`CONNECT`:i=u.t(`connect.title`),o=!0,a=O.createElement(q,null,O.createElement(q,{background:`profileForeground`,className:ll,display:`flex`,paddingBottom:`20`,paddingTop:`6`,paddingX:`20`,style:{gap:`calc((100% - 40px - 240px + 47px) / 4)`}},t.filter(e=>e.ready).map(t=>O.createElement(q,{key:t.id,width:`60`},O.createElement(fl,{onClose:e,wallet:t})))),O.createElement(q,{background:`generalBorder`,height:`1`,marginBottom:`32`,marginTop:`-1`}),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`32`,paddingX:`32`,style:{textAlign:`center`}},O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`8`,textAlign:`center`},O.createElement(Q,{color:`modalText`,size:`16`,weight:`bold`},u.t(`intro.title`)),O.createElement(Q,{color:`modalTextSecondary`,size:`16`},u.t(`intro.description`)))),O.createElement(q,{paddingTop:`32`,paddingX:`20`},O.createElement(q,{display:`flex`,gap:`14`,justifyContent:`center`},O.createElement($,{label:u.t(`intro.get.label`),onClick:()=>l(`GET`),size:`large`,type:`secondary`}),O.createElement($,{href:r,label:u.t(`intro.learn_more.label`),size:`large`,type:`secondary`}))),n&&O.createElement(q,{marginTop:`28`,marginX:`32`,textAlign:`center`},O.createElement(n,{Link:gc,Text:_c})));break;case`GET`:{i=u.t(`get.title`),s=`CONNECT`;let e=t?.filter(e=>e.downloadUrls?.ios||e.downloadUrls?.android||e.downloadUrls?.mobile)?.splice(0,3);a=O.createElement(q,null,O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,height:`full`,marginBottom:`36`,marginTop:`5`,paddingTop:`12`,width:`full`},e.map((t,n)=>{let{downloadUrls:r,iconBackground:i,iconUrl:a,name:o}=t;return!r?.ios&&!r?.android&&!r?.mobile?null:O.createElement(q,{display:`flex`,gap:`16`,key:t.id,paddingX:`20`,width:`full`},O.createElement(q,{style:{minHeight:48,minWidth:48}},O.createElement(J,{background:i,borderColor:`generalBorder`,borderRadius:`10`,height:`48`,src:a,width:`48`})),O.createElement(q,{display:`flex`,flexDirection:`column`,width:`full`},O.createElement(q,{alignItems:`center`,display:`flex`,height:`48`},O.createElement(q,{width:`full`},O.createElement(Q,{color:`modalText`,size:`18`,weight:`bold`},o)),O.createElement($,{href:(d?r?.ios:r?.android)||r?.mobile,label:u.t(`get.action.label`),size:`small`,type:`secondary`})),n<e.length-1&&O.createElement(q,{background:`generalBorderDim`,height:`1`,marginY:`10`,width:`full`})))})),O.createElement(q,{style:{marginBottom:`42px`}}),O.createElement(q,{alignItems:`center`,display:`flex`,flexDirection:`column`,gap:`36`,paddingX:`36`,style:{textAlign:`center`}},O.createElement(q,{display:`flex`,flexDirection:`column`,gap:`12`,textAlign:`center`},O.createElement(Q,{color:`modalText`,size:`16`,weight:`bold`},u.t(`get.looking_for.title`)),O.createElement(Q,{color:`modalTextSecondary`,size:`16`},u.t(`get.looking_for.mobile.description`)))));break}}return O.createElement(q,{display:`flex`,flexDirection:`column`,paddingBottom:`36`},O.createElement(q,{background:o?`profileForeground`:`modalBackground`,display:`flex`,flexDirection:`column`,paddingBottom:`4`,paddingTop:`14`},O.createElement(q,{display:`flex`,justifyContent:`center`,paddingBottom:`6`,paddingX:`20`,position:`relative`},s&&O.createElement(q,{display:`flex`,position:`absolute`,style:{left:0,marginBottom:-20,marginTop:-20}},O.createElement(q,{alignItems:`center`,as:`button`,className:G({active:`shrinkSm`,hover:`growLg`}),color:`accentColor`,display:`flex`,marginLeft:`4`,marginTop:`20`,onClick:()=>l(s),padding:`16`,style:{height:17,willChange:`transform`},transition:`default`,type:`button`},O.createElement(yc,null))),O.createElement(q,{marginTop:`4`,textAlign:`center`,width:`full`},O.createElement(Q,{as:`h1`,color:`modalText`,id:`rk_connect_title`,size:`20`,weight:`bold`},i)),O.createElement(q,{alignItems:`center`,display:`flex`,height:`32`,paddingRight:`14`,position:`absolute`,right:`0`},O.createElement(q,{style:{marginBottom:-20,marginTop:-20}},O.createElement(ps,{onClose:e}))))),O.createElement(q,{display:`flex`,flexDirection:`column`},a))}var ml=({onClose:e})=>{let{connector:t}=(0,O.useContext)(Do),{i18n:n}=(0,O.useContext)(Z),r=t?.name||``;return O.createElement(q,null,O.createElement(q,{display:`flex`,paddingBottom:`32`,justifyContent:`center`,alignItems:`center`,background:`profileForeground`,flexDirection:`column`},O.createElement(q,{width:`full`,display:`flex`,justifyContent:`flex-end`,marginTop:`18`,marginRight:`24`},O.createElement(ps,{onClose:e})),O.createElement(q,{width:`60`},O.createElement(fl,{onClose:e,wallet:t,connecting:!0})),O.createElement(q,{marginTop:`20`},O.createElement(Q,{textAlign:`center`,color:`modalText`,size:`18`,weight:`semibold`},n.t(`connect.status.connect_mobile`,{wallet:r}))),O.createElement(q,{maxWidth:`full`,marginTop:`8`},O.createElement(Q,{textAlign:`center`,color:`modalText`,size:`16`,weight:`medium`},n.t(`connect.status.confirm_mobile`,{wallet:r})))))};function hl({onClose:e}){let{connector:t}=(0,O.useContext)(Do);return K()?t?O.createElement(ml,{onClose:e}):O.createElement(pl,{onClose:e}):O.createElement(sl,{onClose:e})}function gl({onClose:e,open:t}){let n=`rk_connect_title`,r=Si(),{disconnect:a}=i(),{isConnecting:o}=d(),s=O.useCallback(()=>{e(),a()},[e,a]),c=O.useCallback(()=>{o&&a(),e()},[e,a,o]);return r===`disconnected`?O.createElement(Ms,{onClose:c,open:t,titleId:n},O.createElement(zs,{bottomSheetOnMobile:!0,padding:`0`,wide:!0},O.createElement(hl,{onClose:c}))):r===`unauthenticated`?O.createElement(Ms,{onClose:s,open:t,titleId:n},O.createElement(zs,{bottomSheetOnMobile:!0,padding:`0`},O.createElement(hs,{onClose:s,onCloseModal:e}))):null}function _l(){let[e,t]=(0,O.useState)(!1);return{closeModal:(0,O.useCallback)(()=>t(!1),[]),isModalOpen:e,openModal:(0,O.useCallback)(()=>t(!0),[])}}var vl=(0,O.createContext)({accountModalOpen:!1,chainModalOpen:!1,connectModalOpen:!1,isWalletConnectModalOpen:!1,setIsWalletConnectModalOpen:()=>{}});function yl({children:e}){let{closeModal:t,isModalOpen:n,openModal:r}=_l(),{closeModal:i,isModalOpen:a,openModal:o}=_l(),{closeModal:c,isModalOpen:u,openModal:f}=_l(),[p,m]=(0,O.useState)(!1),h=Si(),{chainId:g}=d(),{chains:_}=s(),v=_.some(e=>e.id===g),y=(0,O.useCallback)(({keepConnectModalOpen:e=!1}={})=>{e||t(),i(),c()},[t,i,c]),b=xi()===`unauthenticated`;return l({onConnect:()=>y({keepConnectModalOpen:b}),onDisconnect:()=>y()}),(0,O.useEffect)(()=>{b&&y()},[b,y]),O.createElement(vl.Provider,{value:(0,O.useMemo)(()=>({accountModalOpen:a,chainModalOpen:u,connectModalOpen:n,isWalletConnectModalOpen:p,openAccountModal:v&&h===`connected`?o:void 0,openChainModal:h===`connected`?f:void 0,openConnectModal:h===`disconnected`||h===`unauthenticated`?r:void 0,setIsWalletConnectModalOpen:m}),[h,a,u,n,o,f,r,v,p])},e,O.createElement(gl,{onClose:t,open:n}),O.createElement(ac,{onClose:i,open:a}),O.createElement(fc,{onClose:c,open:u}))}function bl(){let{isWalletConnectModalOpen:e,setIsWalletConnectModalOpen:t}=(0,O.useContext)(vl);return{isWalletConnectModalOpen:e,setIsWalletConnectModalOpen:t}}function xl(){let{connectModalOpen:e,openConnectModal:t}=(0,O.useContext)(vl),{isWalletConnectModalOpen:n}=bl();return{connectModalOpen:e||n,openConnectModal:t}}var Sl=n({default:()=>Cl});function Cl({locale:e,onClosed:t}){return(0,W.jsx)(Es,{locale:e===`es-MX`?`es-419`:`en-US`,modalSize:`compact`,theme:T({accentColor:`#0f5c4d`,borderRadius:`medium`}),appInfo:{appName:`City/Sync`},children:(0,W.jsx)(wl,{onClosed:t})})}function wl({onClosed:e}){let{openConnectModal:t,connectModalOpen:n}=xl(),r=(0,O.useRef)(!1);(0,O.useEffect)(()=>{!r.current&&t&&(r.current=!0,t())},[t]);let i=(0,O.useRef)(!1);return(0,O.useEffect)(()=>{n?i.current=!0:i.current&&e()},[n,e]),null}export{Cl as default,E as n,Sl as t};