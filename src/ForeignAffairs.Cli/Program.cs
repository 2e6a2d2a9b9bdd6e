ForeignAffairs.Cli.NativeCommand.HandOver(AppContext.BaseDirectory, args);
return ForeignAffairs.Cli.CliApplication.Run(args, Console.Out, Console.Error);
