ForeignAffairs.Cli.NativeCommand.HandOver(AppContext.BaseDirectory, args);
ForeignAffairs.Cli.Collector.ChooseFor(args);
return ForeignAffairs.Cli.CliApplication.Run(args, Console.Out, Console.Error);
