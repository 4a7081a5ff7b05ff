from primetrade_cli.cli.app import main

main()
