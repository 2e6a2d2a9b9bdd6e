namespace ForeignAffairs.Validation;

/// <summary>What an address field holds, which decides how the URL policy checks it.</summary>
internal enum AddressKind
{
    /// <summary>A full web address, such as that of a news item's original article.</summary>
    WebPage,

    /// <summary>A website: a full web address, or a host name and path that the theme links over https.</summary>
    Website,

    /// <summary>A plain e-mail address, which the theme links with mailto:.</summary>
    Email,

    /// <summary>A telephone number, which the theme links with tel:.</summary>
    Phone,
}
