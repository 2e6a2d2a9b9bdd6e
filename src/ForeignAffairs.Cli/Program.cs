return ForeignAffairs.Cli.CliApplication.Run(args, Console.Out, Console.Error);
