using System.Collections.Generic;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// The built-in list of sensitive APIs (GR3002), in the banned-API entry format: documentation-comment IDs, where a
/// trailing <c>*</c> matches every member (or type) whose name starts with the text before it, so <c>Start*</c> is every
/// overload of <c>Start</c>. A <c>T:</c> entry makes every member declared on the type sensitive (its constructors and
/// static factories included); <c>N:</c> does the same for every type in the namespace. docs/rules/GR3002.md lists the
/// same entries (a test keeps the two in step); the policy's review.sensitiveApis adds and removes entries.
/// </summary>
internal static class SensitiveApiCatalog
{
    public const string ProcessStart = "process start";
    public const string Cryptography = "cryptography";
    public const string SqlCommandText = "SQL command text";
    public const string Deserialization = "deserialization";
    public const string ReflectionLoading = "reflection loading and emit";
    public const string NativeCode = "P/Invoke and native code";
    public const string UnsafeCode = "unsafe code";
    public const string FileDeletion = "file and directory deletion";
    public const string EnvironmentWrite = "environment write";
    public const string RegistryWrite = "registry write";

    /// <summary>The category of a policy <c>add</c> that names none of its own (<c>ID;category</c>).</summary>
    public const string PolicyCategory = "policy";

    /// <summary>
    /// Stands for the <c>unsafe</c> keyword (unsafe blocks, members and types), which has no documentation ID of its own:
    /// the compiler marks every module with unsafe code with this attribute. Removing it stops GR3002 for unsafe code.
    /// </summary>
    public const string UnsafeCodeId = "T:System.Security.UnverifiableCodeAttribute";

    public static IReadOnlyList<Entry> Entries { get; } = Build();

    private static List<Entry> Build()
    {
        var entries = new List<Entry>();
        Add(entries, ProcessStart,
            "M:System.Diagnostics.Process.Start*",
            "M:System.Diagnostics.ProcessStartInfo.#ctor*");
        Add(entries, Cryptography,
            "T:System.Security.Cryptography.Aes*",
            "T:System.Security.Cryptography.ChaCha20Poly1305",
            "T:System.Security.Cryptography.DES*",
            "T:System.Security.Cryptography.TripleDES*",
            "T:System.Security.Cryptography.RC2*",
            "T:System.Security.Cryptography.Rijndael*",
            "T:System.Security.Cryptography.RSA*",
            "T:System.Security.Cryptography.DSA*",
            "T:System.Security.Cryptography.ECDsa*",
            "T:System.Security.Cryptography.ECDiffieHellman*",
            "T:System.Security.Cryptography.HMAC*",
            "T:System.Security.Cryptography.MD5*",
            "T:System.Security.Cryptography.SHA1*",
            "T:System.Security.Cryptography.Rfc2898DeriveBytes",
            "T:System.Security.Cryptography.PasswordDeriveBytes",
            "T:System.Security.Cryptography.HKDF",
            "M:System.Security.Cryptography.CryptoConfig.CreateFromName*",
            "M:System.Security.Cryptography.SymmetricAlgorithm.Create(System.String)",
            "M:System.Security.Cryptography.AsymmetricAlgorithm.Create(System.String)",
            "M:System.Security.Cryptography.HashAlgorithm.Create(System.String)",
            "M:System.Security.Cryptography.KeyedHashAlgorithm.Create(System.String)");
        Add(entries, SqlCommandText,
            "P:System.Data.IDbCommand.CommandText",
            "P:System.Data.Common.DbCommand.CommandText",
            "M:System.Data.SqlClient.SqlCommand.#ctor(System.String)",
            "M:System.Data.SqlClient.SqlCommand.#ctor(System.String,System.Data.SqlClient.SqlConnection)",
            "M:System.Data.SqlClient.SqlCommand.#ctor(System.String,System.Data.SqlClient.SqlConnection,System.Data.SqlClient.SqlTransaction)",
            "M:System.Data.SqlClient.SqlCommand.#ctor(System.String,System.Data.SqlClient.SqlConnection,System.Data.SqlClient.SqlTransaction,System.Data.SqlClient.SqlCommandColumnEncryptionSetting)",
            "M:System.Data.SqlClient.SqlDataAdapter.#ctor(System.String,System.Data.SqlClient.SqlConnection)",
            "M:System.Data.SqlClient.SqlDataAdapter.#ctor(System.String,System.String)",
            "M:Microsoft.Data.SqlClient.SqlCommand.#ctor(System.String)",
            "M:Microsoft.Data.SqlClient.SqlCommand.#ctor(System.String,Microsoft.Data.SqlClient.SqlConnection)",
            "M:Microsoft.Data.SqlClient.SqlCommand.#ctor(System.String,Microsoft.Data.SqlClient.SqlConnection,Microsoft.Data.SqlClient.SqlTransaction)",
            "M:Microsoft.Data.SqlClient.SqlCommand.#ctor(System.String,Microsoft.Data.SqlClient.SqlConnection,Microsoft.Data.SqlClient.SqlTransaction,Microsoft.Data.SqlClient.SqlCommandColumnEncryptionSetting)",
            "M:Microsoft.Data.SqlClient.SqlDataAdapter.#ctor(System.String,Microsoft.Data.SqlClient.SqlConnection)",
            "M:Microsoft.Data.SqlClient.SqlDataAdapter.#ctor(System.String,System.String)",
            "M:Microsoft.EntityFrameworkCore.RelationalQueryableExtensions.FromSqlRaw*",
            "M:Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRaw*",
            "M:Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.SqlQueryRaw*",
            "M:System.Data.Entity.Database.ExecuteSqlCommand*",
            "M:System.Data.Entity.Database.SqlQuery*",
            "M:System.Data.Entity.DbSet.SqlQuery*",
            "M:System.Data.Entity.DbSet`1.SqlQuery*");
        Add(entries, Deserialization,
            "T:System.Runtime.Serialization.Formatters.Binary.BinaryFormatter",
            "T:System.Runtime.Serialization.Formatters.Soap.SoapFormatter",
            "T:System.Runtime.Serialization.NetDataContractSerializer",
            "T:System.Web.UI.LosFormatter",
            "T:System.Web.UI.ObjectStateFormatter",
            "M:System.Runtime.Serialization.IFormatter.Deserialize(System.IO.Stream)",
            "M:System.Web.Script.Serialization.JavaScriptSerializer.#ctor(System.Web.Script.Serialization.JavaScriptTypeResolver)",
            "T:System.Web.Script.Serialization.SimpleTypeResolver",
            "P:Newtonsoft.Json.JsonSerializerSettings.TypeNameHandling",
            "P:Newtonsoft.Json.JsonSerializer.TypeNameHandling",
            "P:Newtonsoft.Json.JsonPropertyAttribute.TypeNameHandling",
            "P:Newtonsoft.Json.JsonPropertyAttribute.ItemTypeNameHandling",
            "P:Newtonsoft.Json.JsonContainerAttribute.ItemTypeNameHandling",
            "M:System.Data.DataSet.ReadXml*",
            "M:System.Data.DataTable.ReadXml*",
            "M:System.Windows.Markup.XamlReader.Load*",
            "M:System.Windows.Markup.XamlReader.Parse*",
            "M:System.Xaml.XamlServices.Load*",
            "M:System.Xaml.XamlServices.Parse*");
        Add(entries, ReflectionLoading,
            "M:System.Reflection.Assembly.Load(System.String)",
            "M:System.Reflection.Assembly.Load(System.Reflection.AssemblyName)",
            "M:System.Reflection.Assembly.Load(System.Byte[])",
            "M:System.Reflection.Assembly.Load(System.Byte[],System.Byte[])",
            "M:System.Reflection.Assembly.LoadFrom*",
            "M:System.Reflection.Assembly.LoadFile*",
            "M:System.Reflection.Assembly.LoadWithPartialName*",
            "M:System.Reflection.Assembly.LoadModule*",
            "M:System.Reflection.Assembly.UnsafeLoadFrom*",
            "M:System.Reflection.Assembly.ReflectionOnlyLoad*",
            "M:System.Reflection.Assembly.CreateInstance*",
            "M:System.Runtime.Loader.AssemblyLoadContext.LoadFrom*",
            "M:System.AppDomain.Load*",
            "M:System.AppDomain.ExecuteAssembly*",
            "M:System.AppDomain.CreateInstance*",
            "M:System.Activator.CreateInstance(System.String,System.String)",
            "M:System.Activator.CreateInstance(System.String,System.String,System.Object[])",
            "M:System.Activator.CreateInstance(System.String,System.String,System.Boolean,System.Reflection.BindingFlags,System.Reflection.Binder,System.Object[],System.Globalization.CultureInfo,System.Object[])",
            "M:System.Activator.CreateInstanceFrom*",
            "M:System.Type.GetType(System.String)",
            "M:System.Type.GetType(System.String,System.Boolean)",
            "M:System.Type.GetType(System.String,System.Boolean,System.Boolean)",
            "M:System.Type.GetType(System.String,System.Func{System.Reflection.AssemblyName,System.Reflection.Assembly},System.Func{System.Reflection.Assembly,System.String,System.Boolean,System.Type})",
            "M:System.Type.GetType(System.String,System.Func{System.Reflection.AssemblyName,System.Reflection.Assembly},System.Func{System.Reflection.Assembly,System.String,System.Boolean,System.Type},System.Boolean)",
            "M:System.Type.GetType(System.String,System.Func{System.Reflection.AssemblyName,System.Reflection.Assembly},System.Func{System.Reflection.Assembly,System.String,System.Boolean,System.Type},System.Boolean,System.Boolean)",
            "M:System.Type.GetTypeFromProgID*",
            "M:System.Type.GetTypeFromCLSID*",
            "M:System.Reflection.Emit.AssemblyBuilder.Define*",
            "M:System.Reflection.Emit.PersistedAssemblyBuilder.#ctor*",
            "M:System.Reflection.Emit.ModuleBuilder.Define*",
            "M:System.Reflection.Emit.ModuleBuilder.CreateGlobalFunctions",
            "M:System.Reflection.Emit.TypeBuilder.Define*",
            "M:System.Reflection.Emit.TypeBuilder.CreateType*",
            "M:System.Reflection.Emit.EnumBuilder.Define*",
            "M:System.Reflection.Emit.EnumBuilder.CreateType*",
            "M:System.Reflection.Emit.MethodBuilder.Define*",
            "M:System.Reflection.Emit.MethodBuilder.GetILGenerator*",
            "M:System.Reflection.Emit.MethodBuilder.SetMethodBody*",
            "M:System.Reflection.Emit.MethodBuilder.CreateMethodBody*",
            "M:System.Reflection.Emit.ConstructorBuilder.Define*",
            "M:System.Reflection.Emit.ConstructorBuilder.GetILGenerator*",
            "M:System.Reflection.Emit.DynamicMethod.#ctor*",
            "M:System.Reflection.Emit.DynamicMethod.GetILGenerator*",
            "M:System.Reflection.Emit.DynamicMethod.GetDynamicILInfo",
            "T:System.Reflection.Emit.DynamicILInfo",
            "T:System.Reflection.Emit.ILGenerator");
        Add(entries, NativeCode,
            "T:System.Runtime.InteropServices.DllImportAttribute",
            "T:System.Runtime.InteropServices.LibraryImportAttribute",
            "M:System.Runtime.InteropServices.NativeLibrary.Load*",
            "M:System.Runtime.InteropServices.NativeLibrary.TryLoad*",
            "M:System.Runtime.InteropServices.Marshal.GetDelegateForFunctionPointer*",
            "M:System.Runtime.Loader.AssemblyLoadContext.LoadUnmanagedDll*");
        Add(entries, UnsafeCode,
            UnsafeCodeId,
            "T:System.Runtime.CompilerServices.Unsafe");
        Add(entries, FileDeletion,
            "M:System.IO.File.Delete*",
            "M:System.IO.Directory.Delete*",
            "M:System.IO.FileSystemInfo.Delete*",
            "M:System.IO.FileInfo.Delete*",
            "M:System.IO.DirectoryInfo.Delete*",
            "M:Microsoft.VisualBasic.FileIO.FileSystem.DeleteFile*",
            "M:Microsoft.VisualBasic.FileIO.FileSystem.DeleteDirectory*");
        Add(entries, EnvironmentWrite,
            "M:System.Environment.SetEnvironmentVariable*");
        Add(entries, RegistryWrite,
            "M:Microsoft.Win32.Registry.SetValue*",
            "M:Microsoft.Win32.RegistryKey.SetValue*",
            "M:Microsoft.Win32.RegistryKey.DeleteValue*",
            "M:Microsoft.Win32.RegistryKey.DeleteSubKey*",
            "M:Microsoft.Win32.RegistryKey.CreateSubKey*",
            "M:Microsoft.Win32.RegistryKey.SetAccessControl*");
        return entries;
    }

    private static void Add(List<Entry> entries, string category, params string[] ids)
    {
        foreach (var id in ids)
        {
            entries.Add(new Entry(id, category));
        }
    }

    /// <summary>One catalogue entry: a documentation-comment ID (or wildcard) and the category the message names.</summary>
    internal sealed class Entry
    {
        public Entry(string id, string category)
        {
            Id = id;
            Category = category;
        }

        public string Id { get; }

        public string Category { get; }
    }
}
